# pyco: versions=all
# A loop driven by hand: call_soon/call_later/call_at with equal deadlines run in scheduling
# order, run_forever() until a callback stops it, then the errors of a closed loop.
import asyncio
def cb(name, loop):
    print("callback", name, round(loop.time(), 2))
loop = asyncio.new_event_loop()
loop.call_later(0.2, cb, "later-0.2a", loop)
loop.call_soon(cb, "soon1", loop)
loop.call_later(0.2, cb, "later-0.2b", loop)
loop.call_at(loop.time() + 0.2, cb, "at-0.2", loop)
loop.call_later(0, cb, "later-0", loop)
loop.call_soon(cb, "soon2", loop)
loop.call_later(0.5, loop.stop)
h = loop.call_later(0.3, cb, "cancelled", loop)
h.cancel()
print(h.cancelled(), type(h).__name__)
loop.run_forever()
print("stopped; running?", loop.is_running(), "closed?", loop.is_closed())
loop.close()
print("closed?", loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print("double close ok")
