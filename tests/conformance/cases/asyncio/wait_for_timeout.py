# pyco: versions=all
import asyncio

async def slow_op():
    try:
        await asyncio.sleep(5)
        return "finished"
    except asyncio.CancelledError:
        print("slow_op got cancelled by wait_for")
        raise

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow_op(), timeout=0.3)
    except asyncio.TimeoutError:
        print("TimeoutError after", round(loop.time(), 2))
    v = await asyncio.wait_for(asyncio.sleep(0.1, result="quick"), timeout=1)
    print("got", v, "at", round(loop.time(), 2))
    v = await asyncio.wait_for(asyncio.sleep(0.1, result="no limit"), timeout=None)
    print("got", v, "at", round(loop.time(), 2))

asyncio.run(main())
