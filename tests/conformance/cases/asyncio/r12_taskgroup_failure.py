# pyco: versions=3.11+
# R12: a failing child cancels its siblings; the group raises an ExceptionGroup.
import asyncio

async def fine(tag, delay):
    try:
        await asyncio.sleep(delay)
        print("fine", tag, "done")
        return tag
    except asyncio.CancelledError:
        print("fine", tag, "was cancelled")
        raise

async def broken():
    await asyncio.sleep(0.2)
    raise ArithmeticError("bad sum")

async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fine("quick", 0.1))
            group.create_task(broken())
            group.create_task(fine("slow", 3))
        print("unreachable")
    except* ArithmeticError as eg:
        print("caught group:", eg.message)
        for exc in eg.exceptions:
            print("  member:", repr(exc))
    print("after the group")

asyncio.run(main())
