# pyco: versions=all
import asyncio
import time

async def periodic(n, interval):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(n):
        print(f"tick {i} at {loop.time() - start:.2f}")
        time.sleep(0.05)
        await asyncio.sleep(interval)

asyncio.run(periodic(4, 0.2))
