# pyco: versions=all
import asyncio

async def fail():
    raise IndexError("out of range!")

async def main():
    t = asyncio.ensure_future(fail())
    await asyncio.sleep(0)
    print("done:", t.done())
    exc = t.exception()
    print("exception():", type(exc).__name__, exc)
    try:
        t.result()
    except IndexError as e:
        print("result() raises:", e)

asyncio.run(main())
