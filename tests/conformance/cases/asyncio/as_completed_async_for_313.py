# pyco: versions=3.13
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    async for t in asyncio.as_completed(tasks):
        print("completed task returns", await t, "identity kept:", t in tasks)

asyncio.run(main())
