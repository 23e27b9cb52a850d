# pyco: versions=all
# run_until_complete() on a closed loop raises before taking its coroutine: the coroutine is
# held by the exception's traceback, so "never awaited" appears when the handler ends (on the
# handler's last line), not at exit.
import asyncio

loop = asyncio.new_event_loop()
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
print("after the handler")
