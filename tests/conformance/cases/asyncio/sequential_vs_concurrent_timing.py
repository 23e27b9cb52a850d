# pyco: versions=all
import asyncio

async def brew(item, minutes):
    await asyncio.sleep(minutes)
    return item

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for item, m in (("tea", 3), ("toast", 2), ("egg", 5)):
        await brew(item, m)
    print("sequential:", loop.time() - t0)
    t0 = loop.time()
    await asyncio.gather(brew("tea", 3), brew("toast", 2), brew("egg", 5))
    print("concurrent:", loop.time() - t0)

asyncio.run(main())
