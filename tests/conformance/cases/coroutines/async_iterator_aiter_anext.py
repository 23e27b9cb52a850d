# pyco: versions=3.10+
import asyncio

async def letters():
    for ch in "xyz":
        await asyncio.sleep(0)
        yield ch

async def main():
    it = aiter(letters())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "default"))

asyncio.run(main())
