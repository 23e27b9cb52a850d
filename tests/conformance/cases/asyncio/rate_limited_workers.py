# pyco: versions=all
import asyncio

async def worker(wid, q, sem, log):
    loop = asyncio.get_running_loop()
    while not q.empty():
        job = q.get_nowait()
        async with sem:
            log.append((round(loop.time(), 2), wid, job))
            await asyncio.sleep(0.3)

async def main():
    q = asyncio.Queue()
    for j in "abcdefg":
        q.put_nowait(j)
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(i, q, sem, log) for i in range(3)))
    for entry in log:
        print(entry)

asyncio.run(main())
