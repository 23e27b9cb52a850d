# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(print, "threadsafe 1")
    loop.call_soon(print, "plain")
    loop.call_soon_threadsafe(print, "threadsafe 2")
    await asyncio.sleep(0)
    print("main")

asyncio.run(main())
