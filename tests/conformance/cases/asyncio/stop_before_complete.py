# pyco: versions=all
import asyncio

loop = asyncio.new_event_loop()

async def long_job():
    await asyncio.sleep(10)

loop.call_later(1, loop.stop)
task = loop.create_task(long_job())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print("time", loop.time(), "task done:", task.done())
task.cancel()
loop.run_until_complete(asyncio.sleep(0))
print("after cancel, task cancelled:", task.cancelled())
loop.close()
