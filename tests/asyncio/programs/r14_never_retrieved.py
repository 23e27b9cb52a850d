# pyco: versions=all
# R14: a failed task nobody awaited is reported on stderr (CPython: when collected; here: when its
# loop closes). A retrieved exception is not reported.
import asyncio

async def fails(msg):
    raise ValueError(msg)

async def main():
    unseen = asyncio.create_task(fails("nobody looked at me"))
    seen = asyncio.create_task(fails("somebody looked"))
    await asyncio.sleep(0)
    print("seen exception:", repr(seen.exception()))
    del unseen
    print("main returns")

asyncio.run(main())
print("after run")
