# pyco: versions=all
import asyncio

async def give(v):
    await asyncio.sleep(0)
    return v

async def main():
    res = await asyncio.gather(give(None), give([1]), give({"k": 2}), give((3,)), give("s"))
    print(type(res).__name__, res)
    one = await asyncio.gather(give(1))
    print(one)

asyncio.run(main())
