# pyco: versions=3.11+
import asyncio

async def part(n):
    await asyncio.sleep(0.1 * n)
    print("part", n, "done")
    return n * 11

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(part(n)) for n in (2, 3, 1)]
        print("tasks created inside the group")
    print("group exited; results", [t.result() for t in tasks])

asyncio.run(main())
