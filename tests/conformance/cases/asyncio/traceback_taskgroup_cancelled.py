# pyco: versions=3.11+
import asyncio

async def child():
    await asyncio.sleep(5)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        await asyncio.sleep(10)

async def outer():
    t = asyncio.create_task(main())
    await asyncio.sleep(1)
    t.cancel()
    await t

asyncio.run(outer())
