# pyco: versions=all
import asyncio

async def download(sem, n, active):
    async with sem:
        active.append(n)
        print("start", n, "active", sorted(active))
        await asyncio.sleep(0.2)
        active.remove(n)
        print("end", n)

async def main():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(download(sem, n, active) for n in range(5)))
    print("elapsed", round(asyncio.get_running_loop().time(), 2))

asyncio.run(main())
