# pyco: versions=all
import asyncio

async def idle(d):
    await asyncio.sleep(d)

async def main():
    print("tasks at start", len(asyncio.all_tasks()))
    ts = [asyncio.ensure_future(idle(d)) for d in (0.1, 0.2, 0.3)]
    print("tasks after creating three", len(asyncio.all_tasks()))
    await asyncio.sleep(0.15)
    print("tasks after 0.15", len(asyncio.all_tasks()))
    await asyncio.sleep(0.1)
    print("tasks after 0.25", len(asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print("tasks at end", len(asyncio.all_tasks()))
    print("main is in all_tasks:", asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
