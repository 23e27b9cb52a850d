# pyco: versions=all oracle=plain
import asyncio
import time

def compute(x):
    time.sleep(1)
    return x ** 2

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(*(loop.run_in_executor(None, compute, x) for x in range(4)))
    print(results, "elapsed", round(loop.time() - t0))

asyncio.run(main())
