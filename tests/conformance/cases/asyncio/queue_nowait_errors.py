# pyco: versions=all
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print(q.qsize(), q.maxsize, q.full(), q.empty())
    print(q.get_nowait())
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
