# pyco: versions=all oracle=plain
# A job of the default executor prints after each time.sleep while a coroutine prints on its
# own sleeps: the job's lines come out at the times they happen, among the coroutine's.
import asyncio
import time


def downloader(chunks):
    print("  [thread] download starts")
    for i in range(chunks):
        time.sleep(0.5)
        print(f"  [thread] chunk {i} received")
    return chunks * 1024


async def spinner(t0):
    await asyncio.sleep(0.25)
    for i in range(5):
        print("spinner", i)
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    spin = asyncio.create_task(spinner(t0))
    size = await loop.run_in_executor(None, downloader, 4)
    print("downloaded", size, "bytes after", round(loop.time() - t0), "s")
    await spin


asyncio.run(main())
