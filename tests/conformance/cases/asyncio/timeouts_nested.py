# pyco: versions=3.11+
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.2):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timeout at", round(loop.time(), 2))
            await asyncio.sleep(2)
    except TimeoutError:
        print("outer timeout at", round(loop.time(), 2))

asyncio.run(main())
