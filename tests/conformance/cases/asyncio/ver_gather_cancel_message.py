# pyco: versions=3.9+
import asyncio

async def sleeper():
    await asyncio.sleep(5)

async def main():
    g = asyncio.gather(sleeper(), sleeper())
    await asyncio.sleep(0)
    g.cancel("stop all")
    try:
        await g
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)

asyncio.run(main())
