# pyco: versions=all
import asyncio

async def job(n):
    await asyncio.sleep(n)
    print("job", n, "finished")
    return n

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.ensure_future(job(n)) for n in (0.3, 0.1, 0.2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("at", round(loop.time(), 2), "done", sorted(t.result() for t in done), "pending", len(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("at", round(loop.time(), 2), "done", sorted(t.result() for t in done), "pending", len(pending))
    done, pending = await asyncio.wait(pending)
    print("at", round(loop.time(), 2), "done", sorted(t.result() for t in done), "pending", len(pending))

asyncio.run(main())
