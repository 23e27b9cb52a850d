# pyco: versions=3.7,3.13
import asyncio
import time

async def first():
    print("first, {}".format(time.perf_counter()))
    await asyncio.sleep(2)
    print("first, {}".format(time.perf_counter()))

async def second():
    print("second, {}".format(time.perf_counter()))
    time.sleep(5)
    print("second, {}".format(time.perf_counter()))

async def third():
    print("third, {}".format(time.perf_counter()))
    await asyncio.sleep(2)
    print("third, {}".format(time.perf_counter()))

async def main():
    jobs = [asyncio.create_task(fn()) for fn in [first, second, third]]
    await asyncio.gather(*jobs)

if __name__ == "__main__":
    asyncio.run(main())
