# pyco: versions=all
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    putter = asyncio.ensure_future(q.put("second"))
    await asyncio.sleep(0.1)
    print("putter blocked:", not putter.done(), "qsize", q.qsize())
    putter.cancel()
    await asyncio.sleep(0)
    print("putter cancelled:", putter.cancelled())
    print(q.get_nowait(), q.empty())

asyncio.run(main())
