# pyco: versions=all
import asyncio

async def worker(name, q, log):
    while True:
        job = await q.get()
        await asyncio.sleep(job)
        log.append((name, job))
        print(name, "finished job", job)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for job in (0.3, 0.1, 0.2, 0.4, 0.1):
        q.put_nowait(job)
    log = []
    workers = [asyncio.ensure_future(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("queue drained:", q.empty(), "jobs done:", len(log))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
