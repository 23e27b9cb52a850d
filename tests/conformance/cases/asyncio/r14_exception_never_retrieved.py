# R14: a failed task nobody awaited is reported on stderr when it is collected.
import asyncio

async def explode():
    raise RuntimeError("nobody listens")

async def main():
    t = asyncio.create_task(explode())
    await asyncio.sleep(0.1)
    print("task done:", t.done())
    del t
    print("reference dropped")
    await asyncio.sleep(0.1)
    print("main ends")

asyncio.run(main())
