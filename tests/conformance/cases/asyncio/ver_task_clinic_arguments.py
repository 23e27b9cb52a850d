# pyco: versions=all
# The C Task/Future argument errors (Argument Clinic messages, per version).
import asyncio

async def nap():
    await asyncio.sleep(1)

async def main():
    coro = nap()
    for label, call in [
        ("Task(coro, bogus=1)", lambda: asyncio.Task(coro, bogus=1)),
        ("Task(coro, None, None)", lambda: asyncio.Task(coro, None, None)),
        ("Task()", lambda: asyncio.Task()),
    ]:
        try:
            call()
        except TypeError as e:
            print(f"{label}: {e}")
    task = asyncio.Task(coro)
    fut = asyncio.get_running_loop().create_future()
    for label, call in [
        ("task.cancel('a', 'b')", lambda: task.cancel("a", "b")),
        ("fut.cancel(msg=1, x=2)", lambda: fut.cancel(msg=1, x=2)),
        ("fut.cancel(x=2)", lambda: fut.cancel(x=2)),
    ]:
        try:
            call()
        except TypeError as e:
            print(f"{label}: {e}")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled before it started:", task.cancelled())

asyncio.run(main())
