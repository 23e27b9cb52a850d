# pyco: versions=all oracle=plain
import asyncio
import time

def blocking_io(n):
    time.sleep(n)
    return f"slept {n}"

async def ticker(t0):
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.5)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.ensure_future(ticker(t0))
    r = await loop.run_in_executor(None, blocking_io, 1.2)
    print("executor returned", repr(r), "after", round(loop.time() - t0), "s")
    await t

asyncio.run(main())
