# pyco: versions=all
import asyncio

async def payment():
    await asyncio.sleep(0.3)
    print("payment committed")
    return "receipt"

async def handler():
    return await asyncio.shield(payment())

async def main():
    t = asyncio.ensure_future(handler())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("handler cancelled at", round(asyncio.get_running_loop().time(), 2))
    await asyncio.sleep(0.5)
    print("main done")

asyncio.run(main())
