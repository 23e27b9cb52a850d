# pyco: versions=3.9+
import asyncio
import time

def slow_sum(a, b):
    time.sleep(0.5)
    return a + b

async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.to_thread(slow_sum, 2, 3)
    print("to_thread result", r, "at", round(loop.time(), 2))

asyncio.run(main())
