# pyco: versions=3.8+
import asyncio

async def broken():
    await asyncio.sleep(0.1)
    raise KeyError("never awaited failure")

async def main():
    asyncio.create_task(broken(), name="orphan")
    await asyncio.sleep(0.5)
    print("main returns without awaiting the orphan")

asyncio.run(main())
print("program continues")
