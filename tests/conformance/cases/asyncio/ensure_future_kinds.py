# pyco: versions=all
import asyncio

async def coro():
    return "from coroutine"

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return "from __await__"

async def main():
    t1 = asyncio.ensure_future(coro())
    print("coroutine -> Task:", isinstance(t1, asyncio.Task))
    fut = asyncio.get_running_loop().create_future()
    print("future passes through:", asyncio.ensure_future(fut) is fut)
    t2 = asyncio.ensure_future(Awaitable())
    print("awaitable -> Task:", isinstance(t2, asyncio.Task))
    fut.set_result("from future")
    print(await t1, "|", await fut, "|", await t2)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
