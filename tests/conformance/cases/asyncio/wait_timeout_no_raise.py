# pyco: versions=all
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.ensure_future(job(d)) for d in (0.1, 0.4, 0.9)]
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print("after", round(loop.time(), 2), "done", sorted(t.result() for t in done), "still pending", len(pending))
    print("pending tasks were not cancelled:", [t.cancelled() for t in pending])
    await asyncio.wait(pending)
    print("now all done at", round(loop.time(), 2))

asyncio.run(main())
