# pyco: versions=all
import asyncio
import time

def blocking_io(n):
    time.sleep(n)
    return f"slept {n}"

async def ticker():
    for i in range(4):
        print("tick", i, round(asyncio.get_running_loop().time(), 2))
        await asyncio.sleep(0.5)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(ticker())
    r = await loop.run_in_executor(None, blocking_io, 1)
    print("executor returned", repr(r), "at", round(loop.time(), 2))
    await t

asyncio.run(main())
