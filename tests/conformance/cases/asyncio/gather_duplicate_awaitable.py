# pyco: versions=all
import asyncio

calls = 0

async def once():
    global calls
    calls += 1
    await asyncio.sleep(0.1)
    return calls

async def main():
    c = once()
    res = await asyncio.gather(c, c, c)
    print("results", res)
    print("coroutine ran", calls, "time(s)")
    t = asyncio.ensure_future(once())
    res2 = await asyncio.gather(t, t)
    print("task twice", res2, "calls", calls)

asyncio.run(main())
