# R10: asyncio.run cancels the (single) leftover task and lets it clean up before returning.
import asyncio

async def background():
    try:
        print("background starts a long sleep")
        await asyncio.sleep(1000)
    except asyncio.CancelledError:
        print("background sees cancellation")
        raise
    finally:
        print("background finally block")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.5)
    print("main is done")
    return "result-of-main"

value = asyncio.run(main())
print("asyncio.run returned", value)
