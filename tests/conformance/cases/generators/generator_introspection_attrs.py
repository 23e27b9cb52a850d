# pyco: versions=all
import inspect, sys

def gen(a, b=2):
    x = a + b
    y = yield x
    z = yield y
    return z

g = gen(1)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_code.co_varnames)
print(g.gi_running, g.gi_frame is not None, g.gi_yieldfrom)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(inspect.getgeneratorlocals(g))
g.send(10)
try:
    g.send(20)
except StopIteration as e:
    print("ret", e.value)
print(g.gi_frame, inspect.getgeneratorlocals(g))
print(inspect.isgenerator(g), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(lambda: 1))
print(gen.__code__.co_flags & inspect.CO_GENERATOR != 0)

class K:
    def m(self):
        yield self
    @staticmethod
    def s():
        yield 1
    @classmethod
    def c(cls):
        yield cls.__name__
    def __iter__(self):
        yield from range(3)
k = K()
print(k.m().__qualname__, K.s().__qualname__, K.c().__qualname__, list(K.c()), list(k))
print(iter(k).__qualname__)

def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
g = outer()
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

def running():
    print("running?", me.gi_running, inspect.getgeneratorstate(me))
    yield
me = running()
next(me)

def delegator():
    yield from sub()
def sub():
    yield 1
    yield 2
d = delegator()
next(d)
print(d.gi_yieldfrom.__name__, inspect.getgeneratorstate(d.gi_yieldfrom))
print(type(d).__name__, type(d.gi_frame).__name__, type(d.gi_code).__name__)
print(sys.getrecursionlimit())
print(hasattr(g, "__next__"), hasattr(g, "__iter__"), iter(g) is g)
print(type(g).__module__ if hasattr(type(g), "__module__") else None)
