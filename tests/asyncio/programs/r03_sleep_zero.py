# pyco: versions=all
# R3: sleep(0) and negative sleeps are one bare yield: loops alternate strictly.
import asyncio

async def spin(tag, delay):
    for step in range(3):
        print(tag, step)
        await asyncio.sleep(delay)

async def main():
    await asyncio.gather(spin("zero", 0), spin("minus", -1), spin("zero2", 0))

asyncio.run(main())
