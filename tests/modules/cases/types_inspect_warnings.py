# versions: 3.13
import types, inspect, warnings
def gen():
    yield 1
    return 2
async def co(): return 1
async def agen(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isasyncgenfunction(agen), inspect.isgeneratorfunction(co))
g = gen(); print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g))
try: next(g)
except StopIteration as e: print('stop', e.value)
print(inspect.getgeneratorstate(g))
c = co(); print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), inspect.isawaitable(c)); c.close(); print(inspect.getcoroutinestate(c))
print(inspect.isgenerator(g), inspect.isfunction(gen), inspect.isclass(int), inspect.ismethod([].append), inspect.isasyncgen(agen()))
@types.coroutine
def old():
    yield
print(inspect.isgeneratorfunction(old), inspect.iscoroutinefunction(old), inspect.isawaitable(old()))
def f(a, b: int = 1, *args, c, d=2, **kw) -> str: pass
def h(x, /, y): pass
print(inspect.signature(f), inspect.signature(h), inspect.signature(lambda: 0), list(inspect.signature(f).parameters))
class K:
    def __init__(self, x, y=2): pass
    def m(self, z): pass
print(inspect.signature(K), inspect.signature(K(1).m), inspect.signature(K.m))
sig = inspect.signature(f); b = sig.bind(1, 2, 3, c=4); print(b.arguments, b.args, b.kwargs)
print(types.SimpleNamespace(a=1, b='x'), types.GeneratorType, types.CoroutineType, types.FunctionType, types.MethodType, types.ModuleType)
ns = types.SimpleNamespace(x=1); ns.y = 2; print(ns, ns == types.SimpleNamespace(x=1, y=2))
def run():
    warnings.warn("careful")
    warnings.warn("old", DeprecationWarning)
    warnings.warn("old2", DeprecationWarning, stacklevel=2)
for i in range(2): run()
warnings.warn("top", DeprecationWarning)
warnings.warn(UserWarning("inst"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec", RuntimeWarning)
print(len(w), w[0].category.__name__, str(w[0].message))
warnings.filterwarnings("error", message="bad")
try: warnings.warn("bad thing")
except UserWarning as e: print("raised", e)
try: warnings.warn("x", 5)
except TypeError as e: print(e)
import sys; print('done', file=sys.stderr)
