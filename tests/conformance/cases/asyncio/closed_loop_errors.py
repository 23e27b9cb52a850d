# pyco: versions=all
import asyncio

loop = asyncio.new_event_loop()
loop.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
coro = asyncio.sleep(1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
