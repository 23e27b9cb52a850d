# pyco: versions=3.11+
import asyncio

async def sleeper():
    t = asyncio.current_task()
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("cancelling() inside:", t.cancelling())
        print("uncancel ->", t.uncancel())
        print("cancelling() after uncancel:", t.cancelling())
    return "recovered"

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling() from outside:", t.cancelling())
    print(await t)
    print("cancelled:", t.cancelled())

asyncio.run(main())
