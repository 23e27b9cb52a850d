# pyco: versions=3.11+
import asyncio

async def main():
    async with asyncio.timeout(0.5):
        await asyncio.sleep(2)

asyncio.run(main())
