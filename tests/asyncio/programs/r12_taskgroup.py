# pyco: versions=3.11+
# R12: a failing child cancels its siblings and the parent's body; the group raises an
# ExceptionGroup with the failures, and the parent's own cancellation is undone.
import asyncio

async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print("worker", name, "finished")
        return name
    except asyncio.CancelledError:
        print("worker", name, "cancelled")
        raise

async def failing():
    await asyncio.sleep(0.02)
    raise ZeroDivisionError("boom in child")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.01))
            tg.create_task(failing())
            tg.create_task(worker("slow", 5))
            await asyncio.sleep(10)
        print("not printed")
    except BaseExceptionGroup as eg:
        print("group:", eg.message, [repr(e) for e in eg.exceptions])
    print("parent cancelling() =", asyncio.current_task().cancelling())
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("a", 0.1))
        b = tg.create_task(worker("b", 0.05))
    print("results", a.result(), b.result())

asyncio.run(main())
