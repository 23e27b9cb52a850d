# pyco: versions=all
import asyncio
import time

async def polite(name):
    for i in range(3):
        print(name, i, round(time.monotonic(), 2))
        await asyncio.sleep(0.5)

async def rude():
    print("rude blocks the loop for 2 s at", round(time.monotonic(), 2))
    time.sleep(2)
    print("rude done at", round(time.monotonic(), 2))

async def main():
    await asyncio.gather(polite("p1"), rude(), polite("p2"))

asyncio.run(main())
