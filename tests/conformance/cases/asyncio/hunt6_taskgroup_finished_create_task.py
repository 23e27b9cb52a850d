# pyco: versions=3.11+
import asyncio
async def child(n):
    await asyncio.sleep(0)
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
    try:
        tg.create_task(child(2))
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("is finished"))
    print("end of main")
asyncio.run(main())
