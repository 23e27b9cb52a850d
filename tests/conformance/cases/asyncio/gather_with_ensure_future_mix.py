# pyco: versions=all
import asyncio

async def work(x):
    await asyncio.sleep(0.05 * x)
    return x

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "future-value")
    t = asyncio.ensure_future(work(3))
    res = await asyncio.gather(work(1), fut, t, work(2))
    print(res)

asyncio.run(main())
