# pyco: versions=3.9+
import asyncio

async def victim():
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError as e:
        print("victim: message", e.args)
        raise

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.1)
    t.cancel(msg="shutdown requested")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter: message", e.args)
    print("cancel again ->", t.cancel("twice"))

asyncio.run(main())
