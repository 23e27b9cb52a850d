# pyco: versions=all
import asyncio

async def crawl(path):
    delay = int(path.split("-")[-1]) / 10
    await asyncio.sleep(delay)
    return "fetched " + path

async def main():
    tasks = [asyncio.ensure_future(crawl(p)) for p in ("doc-3", "doc-1", "doc-2")]
    for t in tasks:
        t.add_done_callback(lambda fut: print("callback:", fut.result()))
    res = await asyncio.gather(*tasks)
    print("gather:", res)

asyncio.run(main())
