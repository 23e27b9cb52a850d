# pyco: versions=all
import asyncio

def on_done(fut):
    print("callback sees", fut.result(), "at", loop.time())

async def resolver(fut, value, delay):
    await asyncio.sleep(delay)
    print("resolving with", value)
    fut.set_result(value)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
futs = [loop.create_future() for _ in range(3)]
for f in futs:
    f.add_done_callback(on_done)
for i, f in enumerate(futs):
    loop.create_task(resolver(f, i * 10, 1.5 - i * 0.5))
print(loop.run_until_complete(asyncio.gather(*futs)))
loop.close()
