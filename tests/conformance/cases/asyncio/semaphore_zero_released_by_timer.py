# pyco: versions=all
import asyncio

async def gated(sem, i):
    async with sem:
        print("gate open for", i, "at", round(asyncio.get_running_loop().time(), 2))

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(0)
    for k in range(3):
        loop.call_later(0.5 * (k + 1), sem.release)
    await asyncio.gather(*(gated(sem, i) for i in range(3)))

asyncio.run(main())
