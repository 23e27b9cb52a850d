# pyco: versions=all
import asyncio

async def bad():
    raise LookupError("immediately")

async def middle():
    return await asyncio.gather(bad())

async def main():
    await asyncio.wait_for(middle(), 3)

asyncio.run(main())
