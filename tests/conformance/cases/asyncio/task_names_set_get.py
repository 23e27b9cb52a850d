# pyco: versions=3.8+
import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="downloader")
    print(a.get_name().startswith("Task-"), b.get_name())
    b.set_name("renamed")
    print(b.get_name())
    b.set_name(12345)
    print(repr(b.get_name()))
    await asyncio.gather(a, b)

asyncio.run(main())
