# pyco: versions=3.9+ oracle=plain
import asyncio
import time

def slow_sum(a, b):
    time.sleep(1)
    return a + b

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.to_thread(slow_sum, 2, 3)
    print("to_thread result", r, "after", round(loop.time() - t0), "s")

asyncio.run(main())
