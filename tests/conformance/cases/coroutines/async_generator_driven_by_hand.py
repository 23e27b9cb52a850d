# pyco: versions=all
import inspect

async def agen(n):
    for i in range(n):
        try:
            yield i
        except ValueError as e:
            print("agen caught", e)
            yield -1
    print("agen end")

def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

g = agen(3)
print(type(g).__name__, inspect.isasyncgen(g), inspect.isasyncgenfunction(agen))
print(inspect.getasyncgenstate(g) if hasattr(inspect, "getasyncgenstate") else "n/a")
a = g.__anext__()
print(type(a).__name__)
print(drive(a))
print(drive(g.asend(None)))
print(drive(g.athrow(ValueError("bad"))))
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
print(g.ag_running, g.ag_frame)
g2 = agen(5)
print(drive(g2.__anext__()))
print(drive(g2.aclose()))
try:
    drive(g2.__anext__())
except StopAsyncIteration:
    print("closed -> stop")
g3 = agen(2)
try:
    drive(g3.asend(1))
except TypeError as e:
    print(e)
aw = g3.__anext__()
print(drive(aw))
try:
    drive(aw)
except RuntimeError as e:
    print(e)
except StopIteration as e:
    print("stopiter", e)

async def bad():
    try:
        yield 1
    finally:
        yield 2
b = bad()
drive(b.__anext__())
try:
    drive(b.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

async def ret():
    yield 1
print(ret.__name__, ret().__qualname__)
