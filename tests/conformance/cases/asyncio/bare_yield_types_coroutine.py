# pyco: versions=all
import asyncio
import types

@types.coroutine
def hop():
    yield

async def spinner(name):
    for i in range(3):
        print(name, i)
        await hop()

async def main():
    await asyncio.gather(spinner("left"), spinner("right"))

asyncio.run(main())
