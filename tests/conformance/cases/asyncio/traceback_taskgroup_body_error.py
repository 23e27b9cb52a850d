# pyco: versions=3.11+
import asyncio

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(1))
        await asyncio.sleep(0.1)
        raise KeyError("body")

asyncio.run(main())
