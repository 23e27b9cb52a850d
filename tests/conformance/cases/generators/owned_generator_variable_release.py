# pyco: versions=all
# A generator only one variable refers to is closed as soon as that variable lets it go:
# the function returns, the variable is rebound or deleted (CPython frees it at once).
import inspect


def resource(tag):
    print("  open", tag)
    try:
        yield 1
        yield 2
    finally:
        print("  close", tag)


def peek():
    g = resource("local")
    print("first:", next(g), inspect.getgeneratorstate(g))
    print("leaving peek")
peek()
print("after peek")


def rebind():
    g = resource("r1")
    next(g)
    g = resource("r2")
    next(g)
    print("leaving rebind")
rebind()


def delete():
    g = resource("deleted")
    g.send(None)
    del g
    print("after del")
delete()


def hand_back():
    g = resource("returned")
    next(g)
    return g
kept = hand_back()
print("returned generator still open")
kept.close()

registry = []


def register():
    g = resource("registered")
    next(g)
    registry.append(g)
register()
print("registered generator still open")
registry.pop().close()

g = resource("global-1")
next(g)
g = resource("global-2")
print("rebound the global")
next(g)
del g
print("deleted the global")

for i in range(2):
    h = resource(f"loop-{i}")
    next(h)
print("loop done")
h = None
print("end")
