# pyco: versions=3.11+
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("initial when:", cm.when())
        cm.reschedule(loop.time() + 0.3)
        print("rescheduled:", round(cm.when(), 2))
        await asyncio.sleep(0.2)
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.4)
        print("still alive at", round(loop.time(), 2))
    print("expired?", cm.expired())

asyncio.run(main())
