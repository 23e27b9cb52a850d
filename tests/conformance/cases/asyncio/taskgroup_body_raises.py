# pyco: versions=3.11+
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled because the body failed")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.1)
            raise ValueError("body failure")
    except* ValueError as eg:
        print("group error:", [str(e) for e in eg.exceptions])

asyncio.run(main())
