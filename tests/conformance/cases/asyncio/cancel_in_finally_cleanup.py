# pyco: versions=all
import asyncio

async def worker():
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0.2)
        print("cleanup ends at", round(asyncio.get_running_loop().time(), 2))

async def main():
    t = asyncio.ensure_future(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled:", t.cancelled())

asyncio.run(main())
