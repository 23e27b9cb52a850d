# pyco: versions=all
import asyncio

async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in arange(5)])
    print({x: x * x async for x in arange(4)})
    print({x % 3 async for x in arange(10)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in arange(3) if x != 1])
    g = (x async for x in arange(3))
    print(type(g).__name__, [v async for v in g])

asyncio.run(main())
