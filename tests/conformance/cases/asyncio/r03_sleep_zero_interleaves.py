# R3: sleep(0) (and negative sleeps) are a single bare yield: two loops alternate strictly.
import asyncio

async def counter(name, n, delay):
    for i in range(n):
        print(f"{name}:{i}")
        await asyncio.sleep(delay)

async def main():
    await asyncio.gather(counter("x", 4, 0), counter("y", 4, -1), counter("z", 2, 0))
    print("all counters done")

asyncio.run(main())
