# pyco: versions=3.9+
# R8: cancel before the first step; cancel a sleeping task with a message; forwarding to the
# awaited task; _must_cancel when the task is already scheduled.
import asyncio

async def untouched():
    print("this line never runs")

async def napper(tag):
    try:
        print(tag, "napping")
        await asyncio.sleep(30)
    except asyncio.CancelledError as e:
        print(tag, "got", repr(e))
        raise
    finally:
        print(tag, "cleanup")

async def boss():
    await asyncio.create_task(napper("inner"))

async def main():
    t = asyncio.create_task(untouched())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("never started, cancelled:", t.cancelled())
    t = asyncio.create_task(napper("solo"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("wake up"), "| cancelled yet:", t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e), t.cancelled())
    b = asyncio.create_task(boss())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    b.cancel("stop the boss")
    try:
        await b
    except asyncio.CancelledError as e:
        print("boss ended with", repr(e))
    s = asyncio.create_task(napper("scheduled"))
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_soon(s.cancel)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("scheduled cancelled:", s.cancelled())

asyncio.run(main())
