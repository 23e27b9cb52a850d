# pyco: versions=all
# Task(coro, loop=closed_loop) uncaught: the pending task is reported at shutdown, after the traceback.
import asyncio

async def work():
    print("work ran")
    return 1

loop = asyncio.new_event_loop()
loop.close()
t = asyncio.Task(work(), loop=loop)
print("created:", t.done())
print("end")
