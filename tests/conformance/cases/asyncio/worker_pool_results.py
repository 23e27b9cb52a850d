# pyco: versions=all
import asyncio

async def worker(wid, jobs, results):
    while True:
        try:
            n = jobs.get_nowait()
        except asyncio.QueueEmpty:
            return wid
        await asyncio.sleep(n * 0.1)
        results[n] = (wid, round(asyncio.get_running_loop().time(), 2))

async def main():
    jobs = asyncio.Queue()
    for n in (5, 1, 4, 2, 3, 1):
        jobs.put_nowait(n)
    results = {}
    finished = await asyncio.gather(*(worker(w, jobs, results) for w in range(3)))
    print("workers:", finished)
    for n in sorted(results):
        print(n, results[n])

asyncio.run(main())
