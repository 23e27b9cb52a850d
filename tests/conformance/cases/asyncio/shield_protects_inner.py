# pyco: versions=all
import asyncio

async def important():
    print("important work starts")
    await asyncio.sleep(0.5)
    print("important work completes")
    return "saved"

async def main():
    inner = asyncio.ensure_future(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

asyncio.run(main())
