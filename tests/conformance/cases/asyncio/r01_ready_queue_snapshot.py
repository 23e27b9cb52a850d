# pyco: versions=all
# R1: call_soon callbacks run FIFO; callbacks added during an iteration wait for the next one.
import asyncio

log = []

def note(tag, loop, spawn=None):
    print("callback", tag)
    log.append(tag)
    if spawn:
        loop.call_soon(note, spawn, loop)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(note, "red", loop, "red.child")
    loop.call_soon(note, "green", loop)
    loop.call_soon(note, "blue", loop, "blue.child")
    print("scheduled three")
    await asyncio.sleep(0)
    print("main resumed after", log)
    await asyncio.sleep(0)
    print("main resumed again after", log)

asyncio.run(main())
