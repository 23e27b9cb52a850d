# pyco: versions=all
import asyncio

async def stepper(name, step, count):
    loop = asyncio.get_running_loop()
    for _ in range(count):
        await asyncio.sleep(step)
    print(name, "finished at", repr(loop.time()))

async def main():
    await asyncio.gather(stepper("tenths", 0.1, 10), stepper("once", 1.0, 1), stepper("quarters", 0.25, 4))

asyncio.run(main())
