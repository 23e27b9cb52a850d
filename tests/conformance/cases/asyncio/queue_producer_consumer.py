# pyco: versions=all
import asyncio

async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        await q.put(f"parcel-{i}")
        print("produced parcel", i, "size now", q.qsize())
    await q.put(None)

async def consumer(q):
    received = []
    while True:
        item = await q.get()
        if item is None:
            break
        print("consumed", item)
        received.append(item)
        await asyncio.sleep(0.25)
    return received

async def main():
    q = asyncio.Queue()
    _, got = await asyncio.gather(producer(q, 5), consumer(q))
    print("consumer got", len(got), "items")

asyncio.run(main())
