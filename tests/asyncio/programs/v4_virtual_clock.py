# pyco: versions=all
# V4: time moves only when the loop would block; time.sleep blocks the whole loop.
import asyncio
import time

async def job(name, d):
    await asyncio.sleep(d)
    print(name, "done at", round(time.monotonic() - t0, 3))

async def blocker():
    time.sleep(0.4)
    print("blocker done at", round(time.monotonic() - t0, 3))

async def main():
    loop = asyncio.get_running_loop()
    s = loop.time()
    await asyncio.gather(job("one", 1), job("two", 2), job("three", 1.5))
    print("concurrent part took", round(loop.time() - s, 3))
    await asyncio.gather(blocker(), job("short", 0.1))
    print("total", round(loop.time() - s, 3))

t0 = time.monotonic()
asyncio.run(main())
print("wall", round(time.monotonic() - t0, 3))
