# pyco: versions=all
import asyncio
import warnings
warnings.simplefilter("always")

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(0.1, loop=loop)
        print("sleep accepted loop=")
    except TypeError as e:
        print("sleep TypeError:", e)
    try:
        q = asyncio.Queue(loop=loop)
        print("Queue accepted loop=")
    except TypeError as e:
        print("Queue TypeError:", e)

asyncio.run(main())
