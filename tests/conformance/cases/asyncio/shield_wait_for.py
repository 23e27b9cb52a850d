# pyco: versions=all
import asyncio

async def compute():
    await asyncio.sleep(1)
    print("compute finished")
    return 42

async def main():
    task = asyncio.ensure_future(compute())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.2)
    except asyncio.TimeoutError:
        print("timeout, but task still running:", not task.done())
    print("later result", await task)

asyncio.run(main())
