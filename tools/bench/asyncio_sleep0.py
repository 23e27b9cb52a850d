# 100 tasks, each doing 10,000 `await asyncio.sleep(0)`.
import asyncio

async def worker(n):
    for _ in range(10000):
        await asyncio.sleep(0)
    return n

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(100)))
    print(sum(results))

asyncio.run(main())
