# pyco: versions=all
import asyncio

async def value():
    await asyncio.sleep(0.1)
    return "v"

async def main():
    t = asyncio.ensure_future(value())
    print(await t)
    print(await t)
    print(await asyncio.gather(t, t))
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
