# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    delays = [0.5, 0.2, 0.2, 0.9, 0.1, 0.5, 0.2, 0.7, 0.1, 0.5]
    for i, d in enumerate(delays):
        loop.call_later(d, fired.append, i)
    await asyncio.sleep(1)
    print(fired)

asyncio.run(main())
