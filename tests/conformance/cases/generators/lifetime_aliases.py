# pyco: versions=all
def g(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", name)

# Two variables of one scope refer to the same generator: it dies with the last of them.
a = g("module")
b = a
next(a)
del a
print("del a")
del b
print("del b")
def f():
    x = g("local")
    next(x)
    y = x
    return 5
print(f())
def h():
    x = g("h")
    next(x)
    y = x
    del x
    print("x deleted")
    y = g("h2")
    print("y rebound")
    next(y)
    return "h done"
print(h())
c = g("c")
next(c)
d = c
c = g("c2")
print("c rebound")
d = g("d2")
print("d rebound")
print("end")
