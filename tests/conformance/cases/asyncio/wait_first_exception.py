# pyco: versions=all
import asyncio

async def good(d):
    await asyncio.sleep(d)
    return d

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad at {d}")

async def main():
    tasks = [asyncio.ensure_future(c) for c in (good(0.1), bad(0.2), good(0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done", len(done), "pending", len(pending))
    for t in sorted(done, key=lambda t: tasks.index(t)):
        exc = t.exception()
        print("task", tasks.index(t), "exception" if exc else "result", exc if exc else t.result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("pending cancelled:", [t.cancelled() for t in tasks])

asyncio.run(main())
