# pyco: versions=all
# A function that returns the generator its last call made (`return gen(...)`, a method
# `return gen(self...)`) keeps no reference to it: the caller's loop, temporary or variable is
# its only owner, and it closes when that one lets it go.
def gen(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", name)

def factory(name):
    return gen(name)
def wrapped(name):
    print("making", name)
    return factory(name)
class Source:
    def __init__(self, name):
        self.name = name
    def stream(self):
        return gen(self.name)
for x in factory("loop"):
    break
print("after loop")
for x in wrapped("wrapped"):
    break
print("after wrapped")
print(next(factory("next")))
print("after next")
print(next(Source("method").stream()))
print("after method")
def f():
    g = factory("local")
    next(g)
    del g
    print("after del")
    h = Source("local-method").stream()
    next(h)
    h = None
    print("after h = None")
f()
a = factory("module")
next(a)
a = factory("module2")
print("rebound a")
total = 0
for i in range(300):
    for v in factory(i):
        total += v
        if i % 100 == 0:
            break
print(total)
print("end")
