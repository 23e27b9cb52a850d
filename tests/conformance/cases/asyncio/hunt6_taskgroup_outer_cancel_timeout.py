# pyco: versions=3.11+
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def group():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("c1", 0.1))
        t2 = tg.create_task(child("c2", 1.0))
    return t1.result(), t2.result()

async def main():
    outer = asyncio.create_task(group())
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())
    try:
        async with asyncio.timeout(0.3):
            print(await group())
    except TimeoutError:
        print("group timed out")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("x", 0.1))
        print("tasks in group start:", a.done())
    print("after group", a.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("y", 0.1))
            raise KeyError("body error")
    except* KeyError as eg:
        print("body error group:", repr(eg))
    tg2 = asyncio.TaskGroup()
    try:
        tg2.create_task(child("z", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
