# pyco: versions=all
import asyncio

counter = 0

async def increment(lock, name):
    global counter
    for _ in range(3):
        async with lock:
            v = counter
            await asyncio.sleep(0.01)
            counter = v + 1
            print(name, "set counter to", counter)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(increment(lock, "A"), increment(lock, "B"))
    print("final counter", counter, "locked:", lock.locked())

asyncio.run(main())
