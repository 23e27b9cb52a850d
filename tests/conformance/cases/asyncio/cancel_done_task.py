# pyco: versions=all
import asyncio

async def quick():
    return "quick"

async def main():
    t = asyncio.ensure_future(quick())
    await t
    print("cancel() on a finished task ->", t.cancel(), "cancelled():", t.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    print("cancel() twice ->", f.cancel())

asyncio.run(main())
