# pyco: versions=3.8+
# R13: default names come from a counter that asyncio.run does not reset.
import asyncio

async def leaf():
    return asyncio.current_task().get_name()

async def main(run_no):
    print(run_no, asyncio.current_task().get_name())
    print(run_no, await asyncio.create_task(leaf()))
    named = asyncio.create_task(leaf(), name="explicit")
    print(run_no, await named)
    named.set_name(123)
    print(run_no, repr(named.get_name()))

asyncio.run(main("run1"))
asyncio.run(main("run2"))
