# pyco: versions=all
# Forgetting await: a coroutine of the program and one of asyncio (asyncio.sleep) dropped by an
# expression statement are reported at once, at that line.
import asyncio

async def save(item):
    await asyncio.sleep(0.1)
    print("saved", item)

async def main():
    for item in ["a", "b"]:
        save(item)
    print("loop done")
    asyncio.sleep(1)
    await asyncio.sleep(0.2)
    r = save("c")
    print(type(r).__name__)
    await r

asyncio.run(main())
