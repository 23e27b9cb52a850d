# pyco: versions=3.11+
# R11: asyncio.timeout turns the cancellation into TimeoutError chained from CancelledError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.25) as cm:
            print("deadline set:", round(cm.when() - start, 2))
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("timed out after", round(loop.time() - start, 2))
        print("cause is", type(e.__cause__).__name__)
        print("expired:", cm.expired())
    async with asyncio.timeout(5):
        await asyncio.sleep(0.5)
    print("finished in time at", round(loop.time() - start, 2))

asyncio.run(main())
