# pyco: versions=all
import asyncio

async def producer(q):
    loop = asyncio.get_running_loop()
    for i in range(6):
        await q.put(i)
        print(f"put {i} at {loop.time():.2f} (full={q.full()})")

async def consumer(q):
    loop = asyncio.get_running_loop()
    for _ in range(6):
        await asyncio.sleep(0.5)
        v = q.get_nowait()
        print(f"got {v} at {loop.time():.2f}")

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
