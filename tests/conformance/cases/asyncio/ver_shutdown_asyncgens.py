# pyco: versions=all
import asyncio

async def ticker():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("ticker finalised")

async def main():
    agen = ticker()
    async for v in agen:
        print("value", v)
        if v == 2:
            break
    print("main done, generator left suspended")

asyncio.run(main())
print("after run")
