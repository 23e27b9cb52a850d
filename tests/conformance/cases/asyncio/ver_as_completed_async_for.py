# pyco: versions=all
# `async for` over as_completed() needs 3.13 (_AsCompletedIterator); before, it is a generator.
import asyncio

async def fetch(n):
    await asyncio.sleep(n / 10)
    return n * 10

async def main():
    tasks = [asyncio.create_task(fetch(n)) for n in (3, 1, 2)]
    it = asyncio.as_completed(tasks)
    print("type:", type(it).__name__)
    print("has __aiter__:", hasattr(it, "__aiter__"), "has __next__:", hasattr(it, "__next__"))
    try:
        async for t in it:
            print("async for got the task itself:", t in tasks, await t)
    except TypeError as e:
        print("TypeError:", e)
        for c in it:
            print("plain for, awaited:", await c)

asyncio.run(main())
