# pyco: versions=3.11+
import asyncio

async def runner(name, barrier, delay):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    print(name, "reached the barrier at", round(loop.time(), 2))
    pos = await barrier.wait()
    print(name, "passes, position", pos, "at", round(loop.time(), 2))

async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(runner("a", b, 0.3), runner("b", b, 0.1), runner("c", b, 0.2))
    print("parties", b.parties, "waiting", b.n_waiting, "broken", b.broken)

asyncio.run(main())
