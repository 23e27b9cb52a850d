# pyco: versions=all
# traceback.extract_stack() inside a task or a callback: under the coroutine lie the event
# loop's own frames (runners.py for asyncio.run, base_events.py run_until_complete/run_forever/
# _run_once, events.py Handle._run), down to the line that started the loop. Debug mode runs
# handles on another line of _run_once.
import asyncio
import sys
import traceback


def show(tag):
    print(tag)
    for fs in traceback.extract_stack()[:-1]:
        if fs.filename == "<string>":  # the oracle's own outermost frame
            continue
        print("  ", fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, "|", fs.line)


def callback():
    show("callback")


async def inner():
    show("inner")
    await asyncio.sleep(0)
    show("inner resumed")


async def main():
    show("main")
    await inner()
    asyncio.get_running_loop().call_soon(callback)
    await asyncio.create_task(inner())
    await asyncio.sleep(0)


def started_by_hand():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(inner())
    loop.call_soon(callback)
    loop.call_soon(loop.stop)
    loop.run_forever()
    loop.set_debug(True)
    loop.run_until_complete(inner())
    loop.close()


def with_runner():
    if sys.version_info >= (3, 11):
        with asyncio.Runner() as runner:
            runner.run(inner())
    else:
        asyncio.run(inner())


def top():
    asyncio.run(main())
    started_by_hand()
    with_runner()


top()
