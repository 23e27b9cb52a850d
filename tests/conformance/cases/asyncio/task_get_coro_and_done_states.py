# pyco: versions=3.8+
import asyncio

async def work(x):
    await asyncio.sleep(0.1)
    return x

async def main():
    c = work(5)
    t = asyncio.create_task(c)
    print("get_coro is the coroutine:", t.get_coro() is c)
    print("states:", t.done(), t.cancelled())
    await t
    print("states:", t.done(), t.cancelled(), t.result())

asyncio.run(main())
