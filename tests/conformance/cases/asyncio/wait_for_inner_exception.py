# pyco: versions=all
import asyncio

async def picky():
    await asyncio.sleep(0.1)
    raise PermissionError("not allowed")

async def main():
    try:
        await asyncio.wait_for(picky(), timeout=1)
    except PermissionError as e:
        print("wait_for passes the inner error through:", e)

asyncio.run(main())
