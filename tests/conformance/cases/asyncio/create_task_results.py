# pyco: versions=all
import asyncio

async def square(n):
    await asyncio.sleep(n / 10)
    print("computed square of", n)
    return n * n

async def main():
    tasks = [asyncio.create_task(square(n)) for n in (3, 1, 2)]
    print("created", len(tasks), "tasks")
    total = 0
    for t in tasks:
        r = await t
        print("result", r, "done:", t.done(), "result():", t.result())
        total += r
    print("total", total)

asyncio.run(main())
