# pyco: versions=all
import types

@types.coroutine
def suspend(value):
    got = yield value
    return got * 2

async def native():
    x = await suspend("first")
    y = await suspend("second")
    return x + y

n = native()
print(n.send(None))
print(n.send(5))
try:
    n.send(7)
except StopIteration as e:
    print("total", e.value)
