# pyco: versions=all
import asyncio, random
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

async def producer(q, n):
    random.seed(1)
    for i in range(n):
        p = random.randint(1, 5)
        await q.put(Job(p, f'job{i}'))
        print(f'put job{i} p={p} size={q.qsize()}')
        await asyncio.sleep(0.01)

async def consumer(q, name):
    while True:
        job = await q.get()
        print(f'{name} took {job.name} (p={job.priority})')
        await asyncio.sleep(0.05)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue(maxsize=3)
    cons = [asyncio.create_task(consumer(q, f'c{i}')) for i in range(2)]
    await producer(q, 8)
    await q.join()
    for c in cons:
        c.cancel()
    lq = asyncio.LifoQueue()
    for i in range(3): lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')
    fq = asyncio.Queue(1)
    fq.put_nowait(1)
    try:
        fq.put_nowait(2)
    except asyncio.QueueFull:
        print('full')

asyncio.run(main())
