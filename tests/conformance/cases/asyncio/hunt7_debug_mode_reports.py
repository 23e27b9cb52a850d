# pyco: versions=all
# Debug mode: handles, futures and tasks remember where they were created ("created at" in
# their repr, _source_traceback), the exception handler prints that stack ("Object created
# at"), slow callbacks are logged past slow_callback_duration, and a cancelled handle keeps
# its repr. A handle's stack keeps its innermost 8 frames (10 from Handle.__init__, less those of
# call_soon), so the program's outer frames (and the oracle's own) are left out.
import asyncio
import time


def slow(seconds):
    time.sleep(seconds)


def failing():
    raise ValueError("in callback")


async def work():
    await asyncio.sleep(0.01)
    return "work"


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.slow_callback_duration)
    handle = loop.call_soon(print, "soon")
    print(handle)
    timer = loop.call_later(5, print, "never")
    timer.cancel()
    print(repr(timer).replace(repr(timer.when()), "WHEN"))
    fut = loop.create_future()
    print(fut)
    task = asyncio.ensure_future(work())
    print(task)
    print([(fs.name, fs.line) for fs in task._source_traceback[-2:]])
    print(await task)
    loop.slow_callback_duration = 0.5
    loop.call_soon(slow, 0.3)
    loop.call_soon(slow, 0.75)
    await asyncio.sleep(1)
    loop.call_soon(failing)
    await asyncio.sleep(0.01)
    fut.cancel()


def run_debug():
    asyncio.run(main(), debug=True)


def top():
    run_debug()


top()
