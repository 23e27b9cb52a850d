# pyco: versions=all
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "whenever")]:
        await pq.put((prio, name))
    while not pq.empty():
        print(await pq.get())

asyncio.run(main())
