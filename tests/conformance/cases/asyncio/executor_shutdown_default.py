# pyco: versions=3.9+ oracle=plain
# asyncio.run waits for the default executor's jobs (shutdown_default_executor, 3.9+); after
# shutdown_default_executor() the default executor takes no more jobs.
import asyncio
import threading
import time


def long_job():
    print("long job starts")
    time.sleep(0.6)
    print("long job ends")


def quick():
    time.sleep(0.1)
    return "quick done"


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, long_job)
    await asyncio.sleep(0.3)
    print("main returns")


asyncio.run(main())
print("after asyncio.run, threads:", threading.active_count())


async def main2():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, quick))
    await loop.shutdown_default_executor()
    print("shut down")
    try:
        await loop.run_in_executor(None, quick)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main2())
