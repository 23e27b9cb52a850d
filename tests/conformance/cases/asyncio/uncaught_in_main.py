# pyco: versions=3.11+
import asyncio

async def inner(x):
    await asyncio.sleep(0)
    return 10 / x

async def main():
    print("about to divide")
    print(await inner(2))
    print(await inner(0))

asyncio.run(main())
