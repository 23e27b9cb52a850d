# pyco: versions=all oracle=plain
# asyncio.wrap_future turns a concurrent.futures.Future into an awaitable asyncio Future; a job
# can hand work back to the loop with run_coroutine_threadsafe.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def compute(x):
    time.sleep(0.3)
    return x + 1


async def report(msg):
    print("loop got:", msg)
    return len(msg)


def worker(loop):
    for i in range(3):
        time.sleep(0.2)
        fut = asyncio.run_coroutine_threadsafe(report(f"step {i}"), loop)
        print("worker got", fut.result())
    return "worker done"


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(2) as pool:
        cf = pool.submit(compute, 41)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, asyncio.isfuture(af), asyncio.isfuture(cf))
        print(await af)
        print(asyncio.wrap_future(af) is af)
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError:", e)
    print(await loop.run_in_executor(None, worker, loop))


asyncio.run(main())
