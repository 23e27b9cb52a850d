# pyco: versions=all
import asyncio

async def bad():
    await asyncio.sleep(0.5)
    raise RuntimeError("inner")

async def main():
    await asyncio.wait_for(bad(), timeout=1)

asyncio.run(main())
