# pyco: versions=all
# wait() with bare coroutines: 3.7-3.10 wrap them in tasks (3.8+ with a DeprecationWarning);
# 3.11+ raise TypeError in tasks.py's frame, and the coroutines are reported at shutdown.
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    done, pending = await asyncio.wait([job(1), job(2)])
    print(sorted(t.result() for t in done))

asyncio.run(main())
