# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_later(d, fired.append, d) for d in (0.3, 0.1, 0.2, 0.4)]
    handles[2].cancel()
    print("when of first handle:", round(handles[0].when(), 2))
    await asyncio.sleep(0.5)
    print("fired:", fired)

asyncio.run(main())
