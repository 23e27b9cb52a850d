# pyco: versions=3.7-3.8
# `with (yield from lock):` in a generator-based coroutine: DeprecationWarning, lock held in
# the block, released after it (also when the block raises); `with lock:` alone is an error.
import asyncio

lock = None

@asyncio.coroutine
def old_style(name):
    with (yield from lock):
        print(name, "holds the lock:", lock.locked())
        yield from asyncio.sleep(0)
        print(name, "still holds it")
    print(name, "released:", lock.locked())

@asyncio.coroutine
def old_style_raises():
    try:
        with (yield from lock):
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e, "locked:", lock.locked())

async def contender():
    async with lock:
        print("contender got the lock")

async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(old_style("a"), contender(), old_style("b"))
    await old_style_raises()
    sem = asyncio.Semaphore(2)
    cm = await sem
    print("await sem returned", type(cm).__name__, "locked:", sem.locked())
    with cm:
        print("in block, semaphore value:", sem._value)
    print("after block, semaphore value:", sem._value)
    try:
        with lock:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
