# pyco: versions=all
import asyncio

async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("running?", loop.is_running())
print("sum:", loop.run_until_complete(add(2, 40)))
print("time now", loop.time())
print("again:", loop.run_until_complete(add(1, 1)), loop.time())
loop.close()
print("closed?", loop.is_closed())
