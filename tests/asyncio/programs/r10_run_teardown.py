# pyco: versions=all
# R10: asyncio.run cancels the leftover task and runs it to completion before returning.
import asyncio

async def background():
    try:
        await asyncio.sleep(1000)
    except asyncio.CancelledError:
        print("background cancelled at teardown")
        raise
    finally:
        print("background finally")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main done")
    return "answer"

print("asyncio.run ->", asyncio.run(main()))
