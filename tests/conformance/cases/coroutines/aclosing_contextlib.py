# pyco: versions=3.10+
import asyncio
import contextlib

async def ticks():
    try:
        for i in range(100):
            yield i
    finally:
        print("  ticks finalised")

async def main():
    async with contextlib.aclosing(ticks()) as t:
        async for v in t:
            print("tick", v)
            if v == 2:
                break
    print("after async with")

asyncio.run(main())
