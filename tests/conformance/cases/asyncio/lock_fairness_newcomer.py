# pyco: versions=all
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []

    async def user(name, hold):
        async with lock:
            order.append(name)
            print(name, "holds the lock")
            await asyncio.sleep(hold)

    first = asyncio.ensure_future(user("first", 0.2))
    await asyncio.sleep(0)
    waiters = [asyncio.ensure_future(user(n, 0.1)) for n in ("w1", "w2")]
    await asyncio.sleep(0.2)
    late = asyncio.ensure_future(user("late", 0))
    await asyncio.gather(first, late, *waiters)
    print(order)

asyncio.run(main())
