# pyco: versions=all
import inspect, types
class Ticker:
    def __init__(self, n): self.n = n
    def __await__(self):
        return iter(range(self.n))
class Gen:
    def __await__(self):
        total = 0
        for i in range(3):
            got = yield f"need {i}"
            total += got or 0
        return total
async def inner():
    a = await Ticker(2)
    b = await Gen()
    return a, b
async def outer():
    r = await inner()
    print("outer got", r)
    return "OK"
c = outer()
vals = []
try:
    v = c.send(None)
    while True:
        vals.append(v)
        aw = c.cr_await
        chain = []
        while aw is not None:
            chain.append(type(aw).__name__)
            aw = getattr(aw, "cr_await", None) or getattr(aw, "gi_yieldfrom", None)
        print(v, chain, inspect.getcoroutinestate(c))
        v = c.send(len(vals))
except StopIteration as e:
    print("result", e.value, inspect.getcoroutinestate(c))
print(c.cr_code.co_name, c.cr_code.co_flags & inspect.CO_COROUTINE != 0)
print(outer.__code__.co_flags & inspect.CO_COROUTINE != 0)

async def selfcheck():
    print("running?", inspect.getcoroutinestate(me), me.cr_running)
    return me.cr_frame.f_code.co_name
me = selfcheck()
try:
    me.send(None)
except StopIteration as e:
    print(e.value)

async def reenter():
    me2.send(None)
me2 = reenter()
try:
    me2.send(None)
except ValueError as e:
    print("ValueError:", e)

@types.coroutine
def legacy():
    x = yield "legacy-yield"
    return x + 1
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send(41)
except StopIteration as e:
    print(e.value)

def plain_gen():
    yield 1
async def bad_await():
    await plain_gen()
try:
    bad_await().send(None)
except TypeError as e:
    print(e)

class AwaitRaises:
    def __await__(self):
        raise RuntimeError("from __await__")
async def m2():
    try:
        await AwaitRaises()
    except RuntimeError as e:
        return str(e)
try:
    m2().send(None)
except StopIteration as e:
    print(e.value)

async def raises_stopiter():
    raise StopIteration("x")
async def catcher():
    try:
        await raises_stopiter()
    except RuntimeError as e:
        return f"{e} / cause={e.__cause__!r}"
try:
    catcher().send(None)
except StopIteration as e:
    print(e.value)
