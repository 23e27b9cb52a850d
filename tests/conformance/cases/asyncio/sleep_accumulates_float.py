# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for _ in range(10):
        await asyncio.sleep(0.1)
    print(repr(loop.time()))
    print(round(loop.time(), 6))
    await asyncio.sleep(1 / 3)
    print(round(loop.time(), 6))

asyncio.run(main())
