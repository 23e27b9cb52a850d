# pyco: versions=all
import asyncio

async def heartbeat(stop):
    loop = asyncio.get_running_loop()
    beats = 0
    while not stop.is_set():
        beats += 1
        print("beat", beats, "at", round(loop.time(), 2))
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.3)
        except asyncio.TimeoutError:
            pass
    return beats

async def main():
    stop = asyncio.Event()
    hb = asyncio.ensure_future(heartbeat(stop))
    await asyncio.sleep(1)
    stop.set()
    print("total beats", await hb)

asyncio.run(main())
