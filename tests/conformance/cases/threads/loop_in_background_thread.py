# pyco: versions=3.8,3.11,3.13 oracle=plain
# An event loop running in a background thread, fed from the main thread with
# run_coroutine_threadsafe: results, an exception, and a cancellation.
import asyncio
import threading
import time

async def compute(x, delay):
    await asyncio.sleep(delay)
    print(f"computed {x} in {threading.current_thread().name}")
    return x * x

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("nope")

loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, name="loop-thread", daemon=True)
t.start()
f1 = asyncio.run_coroutine_threadsafe(compute(3, 0.3), loop)
f2 = asyncio.run_coroutine_threadsafe(compute(4, 0.1), loop)
print("submitted from", threading.current_thread().name)
print(f2.result(), f1.result(timeout=1))
f3 = asyncio.run_coroutine_threadsafe(fail(), loop)
try:
    f3.result()
except ValueError as e:
    print("ValueError:", e)
f4 = asyncio.run_coroutine_threadsafe(compute(5, 1.0), loop)
time.sleep(0.2)
print("cancel:", f4.cancel(), f4.cancelled())
time.sleep(0.1)
loop.call_soon_threadsafe(loop.stop)
t.join()
print("loop running:", loop.is_running())
loop.close()
