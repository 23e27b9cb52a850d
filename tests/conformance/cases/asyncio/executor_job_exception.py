# pyco: versions=all oracle=plain
# An exception raised in a job reaches the coroutine that awaits it; uncaught, its traceback
# shows the worker's frame in concurrent/futures/thread.py between the two.
import asyncio
import time


def parse(text):
    time.sleep(0.1)
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, parse, "12"))
    try:
        await loop.run_in_executor(None, parse, "twelve")
    except ValueError as e:
        print("caught:", e)
    results = await asyncio.gather(
        loop.run_in_executor(None, parse, "7"),
        loop.run_in_executor(None, parse, "seven"),
        return_exceptions=True,
    )
    print(results)
    print(await loop.run_in_executor(None, parse, "x" * 3))


asyncio.run(main())
