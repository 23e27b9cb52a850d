# pyco: versions=all
import asyncio

async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, q.put_nowait, "late item")
    for attempt in range(3):
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.2)
            print("attempt", attempt, "got", item, "at", round(loop.time(), 2))
            break
        except asyncio.TimeoutError:
            print("attempt", attempt, "timed out at", round(loop.time(), 2))

asyncio.run(main())
