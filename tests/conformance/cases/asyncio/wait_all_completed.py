# pyco: versions=3.8+
import asyncio

async def job(n):
    await asyncio.sleep(n * 0.1)
    return n * 100

async def main():
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print("done count", len(done), "pending count", len(pending))
    print("results sorted", sorted(t.result() for t in done))
    print("names sorted", sorted(t.get_name() for t in done))

asyncio.run(main())
