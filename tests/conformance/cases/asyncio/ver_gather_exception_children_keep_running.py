# pyco: versions=all
import asyncio

async def crash():
    await asyncio.sleep(0.1)
    raise OSError("disk gone")

async def survivor():
    await asyncio.sleep(0.3)
    print("survivor finished at", round(asyncio.get_running_loop().time(), 2))

async def main():
    s = asyncio.ensure_future(survivor())
    try:
        await asyncio.gather(crash(), s)
    except OSError as e:
        print("gather failed:", e)
    print("survivor cancelled?", s.cancelled(), "done?", s.done())
    await s

asyncio.run(main())
