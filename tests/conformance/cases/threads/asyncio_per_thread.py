# pyco: versions=3.8,3.11,3.12,3.13 oracle=plain
# Each thread has its own event loop and its own contextvars context.
import asyncio, threading, contextvars, time
var = contextvars.ContextVar("var", default="unset")
var.set("main value")

def in_thread():
    print("thread sees", var.get())
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def inner():
        await asyncio.sleep(0.2)
        return threading.current_thread().name
    print("asyncio.run in thread ->", asyncio.run(inner()))

async def main():
    t = threading.Thread(target=in_thread, name="worker")
    t.start()
    await asyncio.sleep(0.1)
    print("main loop still running", asyncio.get_running_loop().is_running())
    await asyncio.sleep(0.3)
    t.join()
    print("main sees", var.get())

asyncio.run(main())
