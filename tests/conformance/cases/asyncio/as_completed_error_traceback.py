# pyco: versions=all
# An exception of a task travels through as_completed's _wait_for_one frame.
import asyncio

async def job(n):
    await asyncio.sleep(n)
    if n == 2:
        raise ValueError(f"job {n} failed")
    return n

async def main():
    tasks = [asyncio.ensure_future(job(n)) for n in (3, 1, 2)]
    for c in asyncio.as_completed(tasks):
        print(await c)

asyncio.run(main())
