# pyco: versions=all
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return f"{name}({d})"

async def main():
    loop = asyncio.get_running_loop()
    coros = [job("a", 0.3), job("b", 0.1), job("c", 0.2), job("d", 0.05)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        r = await fut
        print(i, r, "at", round(loop.time(), 2))

asyncio.run(main())
