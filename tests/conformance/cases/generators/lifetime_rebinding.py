# pyco: versions=all
# A local that alone holds a generator lets it go when it is rebound to anything (None, a
# number, another generator), each time round a loop too.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

def f():
    g = gen("f")
    next(g)
    g = None
    print("after g = None")
    return 1
f()
def h():
    g = gen("h")
    next(g)
    g = 5
    print("after g = 5")
h()
def k():
    g = gen("k1")
    next(g)
    for i in range(3):
        g = gen("k%d" % (i + 2))
        next(g)
    print("k end")
k()
def alias():
    g = gen("alias")
    next(g)
    other = g
    g = None
    print("still held by other")
    other = None
    print("after other = None")
alias()
g = gen(0)
next(g)
for i in range(1, 4):
    g = gen(i)
    next(g)
    print("made", i)
print("end")
