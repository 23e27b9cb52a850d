# pyco: versions=all
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancellation")
    await asyncio.sleep(0.1)
    return "stubborn finished normally"

async def main():
    t = asyncio.ensure_future(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    r = await t
    print(r, "| cancelled():", t.cancelled())

asyncio.run(main())
