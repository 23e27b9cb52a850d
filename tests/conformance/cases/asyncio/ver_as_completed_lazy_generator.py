# pyco: versions=all
# Before 3.13 as_completed() is a generator function: its checks and its ensure_future() calls
# run at the first next(). 3.13 does them in the call.
import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n

async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        it = asyncio.as_completed(fut)
        print("as_completed(future) returned")
        next(it)
    except TypeError as e:
        print("TypeError:", e)
    fut.cancel()
    coros = [work(2), work(1)]
    it = asyncio.as_completed(coros)
    print("tasks after the call:", len(asyncio.all_tasks()))
    first = next(it)
    print("tasks after next():", len(asyncio.all_tasks()))
    print(await first, await next(it))
    print("exhausted:", next(it, "done"))

asyncio.run(main())
