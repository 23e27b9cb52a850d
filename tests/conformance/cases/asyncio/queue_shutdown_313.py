# pyco: versions=3.13
import asyncio

async def consumer(q, name):
    try:
        while True:
            item = await q.get()
            print(name, "got", item)
            q.task_done()
    except asyncio.QueueShutDown:
        print(name, "sees the queue shut down")

async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(consumer(q, n)) for n in ("c1", "c2")]
    for i in range(3):
        await q.put(i)
    await q.join()
    q.shutdown()
    await asyncio.gather(*workers)
    try:
        q.put_nowait(99)
    except asyncio.QueueShutDown:
        print("put after shutdown raises QueueShutDown")

asyncio.run(main())
