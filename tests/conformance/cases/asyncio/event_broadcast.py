# pyco: versions=all
import asyncio

async def runner(name, start):
    print(name, "on the line")
    await start.wait()
    print(name, "runs")

async def main():
    start = asyncio.Event()
    tasks = [asyncio.ensure_future(runner(n, start)) for n in ("ann", "ben", "cat")]
    await asyncio.sleep(0.5)
    print("is_set before:", start.is_set())
    start.set()
    await asyncio.gather(*tasks)
    start.clear()
    print("is_set after clear:", start.is_set())

asyncio.run(main())
