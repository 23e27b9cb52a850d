# pyco: versions=all
import inspect
import types
def g():
    yield 1
async def c():
    await types.coroutine(lambda: (yield))()
gen = g()
co = c()
print(inspect.getgeneratorstate(gen), inspect.getcoroutinestate(co))
next(gen)
co.send(None)
print(inspect.getgeneratorstate(gen), inspect.getcoroutinestate(co))
gen.close()
co.close()
print(inspect.getgeneratorstate(gen), inspect.getcoroutinestate(co))
print(inspect.isgeneratorfunction(g), inspect.iscoroutinefunction(c), inspect.isfunction(g))
def sig(a, b=1, *c, d, **e):
    pass
print(inspect.signature(sig), list(inspect.signature(sig).parameters))
