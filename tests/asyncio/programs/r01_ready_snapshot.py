# pyco: versions=all
# R1: call_soon callbacks run FIFO; a callback scheduled during an iteration runs in the next one.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    def note(tag):
        print("cb", tag)
        if tag == "x":
            loop.call_soon(note, "x-again")
    for tag in ("x", "y", "z"):
        loop.call_soon(note, tag)
    await asyncio.sleep(0)
    print("coroutine resumed")
    await asyncio.sleep(0)
    print("coroutine resumed twice")

asyncio.run(main())
