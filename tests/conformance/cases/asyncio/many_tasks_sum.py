# pyco: versions=all
import asyncio

async def delayed_value(i):
    await asyncio.sleep((i % 7) / 10)
    return i

async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(delayed_value(i) for i in range(200)))
    print(sum(results), results[:10], round(loop.time(), 2))

asyncio.run(main())
