# pyco: versions=all
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.ensure_future(job(n)) for n in (3, 1, 2)]
    async for t in asyncio.as_completed(tasks, timeout=1.5):
        print(t.result())

asyncio.run(main())
