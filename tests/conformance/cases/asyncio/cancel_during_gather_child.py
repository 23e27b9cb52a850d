# pyco: versions=all
import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    kids = [asyncio.ensure_future(child(n)) for n in (0.1, 5)]
    g = asyncio.gather(*kids, return_exceptions=True)
    await asyncio.sleep(0.2)
    kids[1].cancel()
    res = await g
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])

asyncio.run(main())
