# pyco: versions=all
# Task(coro, loop=closed_loop): call_soon() refuses; the half-made task dies pending with the
# traceback that holds it (here: when the handler ends), reported before its coroutine.
import asyncio

async def work():
    print("work ran")
    return 1

loop = asyncio.new_event_loop()
loop.close()
try:
    asyncio.Task(work(), loop=loop)
except RuntimeError as e:
    print("RuntimeError:", e)
print("end")
