# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(-3)
    print("negative sleep returns at", loop.time())
    await asyncio.sleep(3600)
    print("one hour later", loop.time())
    await asyncio.sleep(86400 * 2)
    print("two days later", loop.time())

asyncio.run(main())
