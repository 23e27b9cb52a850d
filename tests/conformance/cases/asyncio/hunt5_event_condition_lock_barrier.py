# pyco: versions=3.11+
import asyncio

async def waiter(event, name):
    print(f'{name} waiting')
    await event.wait()
    print(f'{name} triggered')

async def producer(cond, items):
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            print('produced', i)
            cond.notify()

async def consumer(cond, items, name):
    async with cond:
        while True:
            await cond.wait_for(lambda: len(items) > 0)
            x = items.pop(0)
            print(name, 'consumed', x)
            if x == 2:
                return

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f'w{i}')) for i in range(3)]
    await asyncio.sleep(1)
    print('setting', ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    cond = asyncio.Condition()
    items = []
    await asyncio.gather(producer(cond, items), consumer(cond, items, 'c1'))
    lock = asyncio.Lock()
    async def locked(n):
        async with lock:
            print('in', n, lock.locked())
            await asyncio.sleep(0.1)
            print('out', n)
    await asyncio.gather(*(locked(i) for i in range(3)))
    b = asyncio.Barrier(2)
    async def bw(n):
        print('barrier', n, await b.wait())
    await asyncio.gather(bw(1), bw(2))

asyncio.run(main())
