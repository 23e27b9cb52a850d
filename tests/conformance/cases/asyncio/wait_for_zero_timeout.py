# pyco: versions=all
import asyncio

async def instant():
    return "instant"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("already")
    print(await asyncio.wait_for(fut, timeout=0))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except asyncio.TimeoutError:
        print("zero timeout on a pending awaitable -> TimeoutError")
    try:
        print(await asyncio.wait_for(instant(), timeout=0))
    except asyncio.TimeoutError:
        print("zero timeout on a coroutine -> TimeoutError")

asyncio.run(main())
