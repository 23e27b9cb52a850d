# pyco: versions=all
# run_until_complete() on a closed loop: base_events.py's frames; the coroutine is held by
# run_until_complete's frame until shutdown.
import asyncio

async def ping():
    await asyncio.sleep(0.1)
    return "pong"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(ping()))
loop.close()
print(loop.run_until_complete(ping()))
