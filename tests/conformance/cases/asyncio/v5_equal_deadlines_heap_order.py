# pyco: versions=all
# V5: equal deadlines pop in heapq order, not FIFO (1,3,5,2,4 for five tasks).
import asyncio

async def tick(n):
    print("start", n)
    await asyncio.sleep(2)
    print("end", n)

async def main():
    tasks = [asyncio.create_task(tick(n)) for n in range(1, 6)]
    for t in tasks:
        await t
    print("six equal timers:")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    for k in range(6):
        loop.call_later(1, order.append, k)
    loop.call_later(1.5, fut.set_result, None)
    await fut
    print(order)

asyncio.run(main())
