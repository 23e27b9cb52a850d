# pyco: versions=all
import asyncio

async def main():
    ev = asyncio.Event()
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(ev.wait(), 0.3)
    except asyncio.TimeoutError:
        print("event not set within 0.3 s")
    loop.call_later(0.2, ev.set)
    r = await asyncio.wait_for(ev.wait(), 1)
    print("event set, wait returned", r, "at", round(loop.time(), 2))

asyncio.run(main())
