# pyco: versions=all
def g(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", name)

# A generator still referred to elsewhere is not closed when a temporary or variable lets it
# go: kept in a list, an attribute, a global, a closure, returned, or given to an unknown
# function. Each is checked still suspended, then closed explicitly.
from inspect import getgeneratorstate as state
keep = []
def stash(it):
    keep.append(it)
    return next(it)
print(stash(g("list")), state(keep[-1]))
class Box:
    pass
box = Box()
def to_attr(it):
    box.it = it
    return next(it)
print(to_attr(g("attribute")), state(box.it))
saved = None
def to_global(it):
    global saved
    saved = it
    return next(it)
print(to_global(g("global")), state(saved))
def passthru(it):
    next(it)
    return it
kept = passthru(g("returned"))
print(state(kept))
def make():
    it = g("closure")
    next(it)
    return lambda: next(it)
fn = make()
print(fn())
def remember(it):
    keep.append(it)
    return it
print(next(remember(g("remembered"))), state(keep[-1]))
x = g("loop")
for v in x:
    print("loop", v)
    y = x
    del x
    break
print("after loop", state(y))
for it in keep + [box.it, saved, kept, y]:
    it.close()
print("closed")
keep.clear()
print("end")
