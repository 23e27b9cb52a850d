# pyco: versions=all
# asyncio.run() from inside a coroutine: runners.py's frame raises; it holds the coroutine, and
# the traceback (kept by sys.last_value) keeps it until shutdown, where it is reported.
import asyncio

async def load():
    await asyncio.sleep(0.1)
    return {"debug": True}

def sync_helper():
    return asyncio.run(load())

async def main():
    print("config:", sync_helper())

asyncio.run(main())
