# pyco: versions=all
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup on close")
        return "value from close"

g = gen()
next(g)
print("close() returned:", repr(g.close()))
