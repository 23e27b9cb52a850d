# pyco: versions=all
import inspect

def stateful():
    print("  inside:", inspect.getgeneratorstate(g))
    yield 1
    yield 2

g = stateful()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
for _ in g:
    pass
print(inspect.getgeneratorstate(g))
print(inspect.getgeneratorlocals(stateful()))
