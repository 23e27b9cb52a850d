# pyco: versions=all
import asyncio

async def produce(q, items, consumers):
    for it in items:
        await q.put(it)
        await asyncio.sleep(0.05)
    for _ in range(consumers):
        await q.put(None)

async def consume(name, q, results):
    while True:
        it = await q.get()
        if it is None:
            print(name, "stops")
            return
        await asyncio.sleep(0.12)
        results.append((name, it))
        print(name, "handled", it)

async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    await asyncio.gather(produce(q, list(range(7)), 2), consume("left", q, results), consume("right", q, results))
    print(sorted(it for _, it in results))

asyncio.run(main())
