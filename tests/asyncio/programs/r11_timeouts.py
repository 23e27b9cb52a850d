# pyco: versions=3.11+
# R11: timeout() cancels the task at the deadline and raises TimeoutError from the CancelledError;
# wait_for does the same; a finished await inside the deadline is unaffected; reschedule().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.25) as cm:
            await asyncio.sleep(5)
    except TimeoutError as e:
        print("timed out:", type(e.__cause__).__name__, round(loop.time() - start, 3), cm.expired())
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.1)
    except TimeoutError:
        print("wait_for timed out at", round(loop.time() - start, 3))
    print(await asyncio.wait_for(asyncio.sleep(0.05, result="in time"), timeout=1))
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.2)
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("cancelled inside the block")
                raise
    except TimeoutError:
        print("rescheduled timeout fired at", round(loop.time() - start, 3))

asyncio.run(main())
