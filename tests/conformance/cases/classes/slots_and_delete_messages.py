# pyco: versions=all
# Deleting attributes: __slots__ members can be deleted, and the AttributeError messages of
# a missing attribute (bare name before 3.11 for deletion, before 3.10 for an empty slot).
class Point:
    __slots__ = ("x", "y")


p = Point()
p.x = 1
del p.x
for action in ("read", "delete"):
    try:
        if action == "read":
            p.x
        else:
            del p.x
    except AttributeError as e:
        print(action, "->", e)


class Plain:
    pass


obj = Plain()
obj.a = 1
del obj.a
try:
    del obj.a
except AttributeError as e:
    print("instance ->", e)
try:
    del Plain.missing
except AttributeError as e:
    print("class ->", e)
try:
    del (5).real
except AttributeError as e:
    print("int ->", e)
import math
try:
    del math.nothing
except AttributeError as e:
    print("module ->", e)
