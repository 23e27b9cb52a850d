# pyco: versions=3.9+ oracle=plain
# Cancelling the task that awaits a job: the task ends at once, the running job goes on to its
# end (a thread cannot be interrupted); a job still queued in the executor never runs.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def job(name, delay):
    print("job", name, "starts")
    time.sleep(delay)
    print("job", name, "ends")
    return name


async def waiter():
    try:
        return await asyncio.to_thread(job, "A", 0.5)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    await asyncio.sleep(0.5)

    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=1)
    futs = [loop.run_in_executor(pool, job, n, 0.4) for n in "BCD"]
    await asyncio.sleep(0.1)
    futs[2].cancel()
    print("cancelled D")
    print(await asyncio.gather(*futs, return_exceptions=True))
    pool.shutdown()

    slow = loop.run_in_executor(None, job, "E", 0.5)
    try:
        await asyncio.wait_for(slow, 0.1)
    except asyncio.TimeoutError:
        print("wait_for timed out; E still runs")
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
