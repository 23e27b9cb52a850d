# pyco: versions=3.8,3.11,3.13 oracle=plain
# A thread hands a result to the event loop with call_soon_threadsafe while the loop keeps
# ticking; the loop's waits and the thread's sleeps overlap.
import asyncio
import threading
import time


def sensor(loop, fut):
    print("thread: reading the sensor")
    time.sleep(0.35)
    print("thread: got a value")
    loop.call_soon_threadsafe(fut.set_result, 21.5)


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.2)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    threading.Thread(target=sensor, args=(loop, fut)).start()
    await asyncio.sleep(0.05)
    ticks = asyncio.create_task(ticker())
    value = await fut
    print("value", value, "in", threading.current_thread().name)
    await ticks
    print("done")


asyncio.run(main())
