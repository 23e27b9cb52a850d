# pyco: versions=all
import asyncio

async def leaf(x):
    await asyncio.sleep(0)
    return x + 1

async def branch(xs):
    return await asyncio.gather(*(leaf(x) for x in xs))

async def main():
    print("empty:", await asyncio.gather())
    print("nested:", await asyncio.gather(branch([1, 2]), branch([10]), branch([])))

asyncio.run(main())
