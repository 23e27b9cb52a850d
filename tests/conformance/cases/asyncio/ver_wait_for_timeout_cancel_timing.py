# pyco: versions=all
import asyncio

async def resistant():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("resistant: cancelled, cleaning up for 0.5 s")
        await asyncio.sleep(0.5)
        print("resistant: cleanup done")
        raise

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(resistant(), timeout=0.2)
    except asyncio.TimeoutError:
        print("timeout reported at", round(loop.time(), 2))

asyncio.run(main())
