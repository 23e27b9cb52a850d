# pyco: versions=all
import inspect
import types

@types.coroutine
def pause():
    yield

async def work():
    print("  inside:", inspect.getcoroutinestate(w))
    await pause()

w = work()
print(inspect.getcoroutinestate(w))
w.send(None)
print(inspect.getcoroutinestate(w))
try:
    w.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(w))
w2 = work()
w2.close()
print("closed before start:", inspect.getcoroutinestate(w2))
