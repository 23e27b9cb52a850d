# pyco: versions=all
import asyncio

async def main():
    q = asyncio.Queue()
    getter = asyncio.ensure_future(q.get())
    await asyncio.sleep(0.1)
    getter.cancel()
    await asyncio.sleep(0)
    print("getter cancelled:", getter.cancelled())
    q.put_nowait("item")
    print("item still there for the next getter:", await q.get())

asyncio.run(main())
