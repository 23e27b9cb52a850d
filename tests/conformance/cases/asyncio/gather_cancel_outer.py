# pyco: versions=all
import asyncio

async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0.1)
    print("cancel gather ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather future cancelled:", g.cancelled())

asyncio.run(main())
