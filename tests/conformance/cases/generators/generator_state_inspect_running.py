# pyco: versions=all
import inspect

def g():
    print("state while running:", inspect.getgeneratorstate(gen))
    yield
    raise ValueError("boom")

gen = g()
next(gen)
try:
    next(gen)
except ValueError:
    print("after error:", inspect.getgeneratorstate(gen))
