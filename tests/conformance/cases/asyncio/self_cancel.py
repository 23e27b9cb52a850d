# pyco: versions=all
import asyncio

async def quitter():
    me = asyncio.current_task()
    print("cancelling myself ->", me.cancel())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("CancelledError at the next await")
        raise
    print("unreachable")

async def main():
    t = asyncio.ensure_future(quitter())
    try:
        await t
    except asyncio.CancelledError:
        print("quitter cancelled:", t.cancelled(), "at", asyncio.get_running_loop().time())

asyncio.run(main())
