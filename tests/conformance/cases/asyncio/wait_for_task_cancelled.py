# pyco: versions=all
import asyncio

async def slow():
    await asyncio.sleep(2)
    return "slow"

async def main():
    t = asyncio.ensure_future(slow())
    try:
        await asyncio.wait_for(t, timeout=0.5)
    except asyncio.TimeoutError:
        print("wait_for cancelled the task:", t.cancelled())

asyncio.run(main())
