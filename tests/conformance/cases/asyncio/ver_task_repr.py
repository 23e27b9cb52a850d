# pyco: versions=3.10+
import asyncio

async def worker():
    await asyncio.sleep(1)
    return 5

async def main():
    t = asyncio.create_task(worker(), name="worker-task")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    await t
    print(repr(t))
    f = asyncio.get_running_loop().create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))

asyncio.run(main())
