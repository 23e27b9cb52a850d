# pyco: versions=all
import asyncio

async def leaf(name):
    try:
        await asyncio.sleep(1)
        return name
    except asyncio.CancelledError:
        print("leaf", name, "cancelled")
        raise

async def main():
    inner = asyncio.gather(leaf("a"), leaf("b"))
    outer = asyncio.gather(inner, leaf("c"))
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer gather cancelled")
    await asyncio.sleep(0)
    print("inner done:", inner.done())

asyncio.run(main())
