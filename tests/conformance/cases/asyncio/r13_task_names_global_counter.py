# pyco: versions=all
# R13: default task names come from a process-wide counter that asyncio.run does not reset.
import asyncio

async def show():
    print("  inner task:", asyncio.current_task().get_name())

async def main(tag):
    print(tag, "main task:", asyncio.current_task().get_name())
    await asyncio.create_task(show())
    t = asyncio.create_task(show(), name="custom")
    await t
    print(tag, "explicit name:", t.get_name())

asyncio.run(main("first"))
asyncio.run(main("second"))
