# pyco: versions=all
# Cancelling a task before its coroutine starts: the traceback points at the `async def` line.
import asyncio

async def worker():
    print("never printed")
    await asyncio.sleep(1)

async def main():
    task = asyncio.ensure_future(worker())
    task.cancel()
    await task

asyncio.run(main())
