# 10,000 tasks, each sleeping a random delay (seeded), on the event loop's timer heap.
import asyncio
import random

random.seed(7)

async def sleeper(delay):
    await asyncio.sleep(delay)
    return 1

async def main():
    delays = [random.random() * 0.01 for _ in range(10000)]
    done = await asyncio.gather(*(sleeper(d) for d in delays))
    print(sum(done))

asyncio.run(main())
