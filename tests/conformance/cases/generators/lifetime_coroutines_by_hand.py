# pyco: versions=all
# A coroutine driven by hand (send/close) is owned by its variable like a generator: it is
# closed when `del`, a rebinding or the function's return lets it go, and at shutdown when a
# global still holds it suspended.
import types
@types.coroutine
def tick():
    yield "tick"

async def worker(name):
    try:
        await tick()
        await tick()
        return 1
    finally:
        print("worker cleanup", name)

c = worker("deleted")
print(c.send(None))
del c
print("after del")
c = worker("rebound")
c.send(None)
c = worker("set to None")
print("rebound")
c.send(None)
c = None
print("after None")
def drive(name):
    c = worker(name)
    c.send(None)
    print("drive returning", name)
drive("local")
print("after drive")
def rebind():
    c = worker("local rebound")
    c.send(None)
    c = 0
    print("after c = 0")
rebind()
coros = []
c2 = worker("kept")
c2.send(None)
coros.append(c2)
del c2
print("kept in list")
coros[0].close()
last = worker("left at exit")
last.send(None)
print("end")
