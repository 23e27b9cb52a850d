# pyco: versions=3.11+
import asyncio

async def child():
    return 1

async def main():
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(child())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[0], "...", str(e).split(" ")[-3:])
    print("next")
    tg.create_task(child())

asyncio.run(main())
