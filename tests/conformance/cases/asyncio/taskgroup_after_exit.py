# pyco: versions=3.11+
import asyncio

async def noop():
    return 1

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(noop())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

asyncio.run(main())
