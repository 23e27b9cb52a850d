# pyco: versions=all
# A for loop over zip/enumerate/map/filter/islice of new generators holds them through the
# wrapper alone: they close when the loop ends (exhausted, or a zip stopped by a shorter one),
# is left by break, return or an exception, or its generator frame is closed.
from inspect import getgeneratorstate as state
from itertools import islice
def src(name, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed", name)

for i, v in enumerate(src("enumerate"), 1):
    if v == 2:
        break
print("after enumerate")
for a, b in zip(src("zip-a"), src("zip-b")):
    if a == 1:
        break
print("after zip")
for a, b in zip(src("short", 2), src("long")):
    print(a, b)
else:
    print("else clause")
print("after exhausted zip")
for x in islice(src("islice"), 2):
    print(x)
print("after islice")
for x in map(str, src("map")):
    break
for x in filter(None, src("filter")):
    break
print("after map and filter")
def search(name):
    for i, v in enumerate(src(name)):
        if v == 1:
            return i
print(search("search"))
for i in range(3):
    for j, v in enumerate(src("inner%d" % i)):
        if j == i:
            break
    print("outer", i)
try:
    for a, b in zip(src("exc-a"), src("exc-b")):
        if a == 2:
            raise KeyError(a)
except KeyError as e:
    print("caught", e)
def walker(name):
    for i, v in enumerate(src(name)):
        yield i * v
w = walker("in-walker")
print(next(w), next(w))
w.close()
print("after walker close")
for i, (a, b) in enumerate(zip(src("n1"), src("n2"))):
    if i == 1:
        break
print("after nested")
shared = src("shared")
for a, b in zip(shared, src("fresh")):
    if a == 1:
        break
print("shared still:", state(shared))
shared.close()
print("end")
