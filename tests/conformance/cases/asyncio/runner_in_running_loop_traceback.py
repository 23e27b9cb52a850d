# pyco: versions=all
# asyncio.Runner inside a running loop: run() refuses (runners.py frame holding the coroutine),
# then __exit__ -> close() fails too (3.11+; before 3.11 there is no Runner).
import asyncio

async def c():
    pass

async def main():
    with asyncio.Runner() as r:
        r.run(c())

asyncio.run(main())
