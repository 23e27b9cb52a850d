# pyco: versions=all
import asyncio

async def fetch(key, delay):
    print("fetching", key)
    await asyncio.sleep(delay)
    print("fetched", key)
    return {"key": key, "delay": delay}

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    out = await asyncio.gather(fetch("slow", 0.3), fetch("fast", 0.1), fetch("mid", 0.2))
    for item in out:
        print(item)
    print("elapsed", round(loop.time() - t0, 2))

asyncio.run(main())
