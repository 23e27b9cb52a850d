# pyco: versions=all
# R6: gather wraps children in argument order and resumes two iterations after the last child.
import asyncio

async def clock(n):
    for i in range(n):
        print("beat", i)
        await asyncio.sleep(0)

async def part(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    print("part", name, "over")
    return name.upper()

async def main():
    metronome = asyncio.create_task(clock(7))
    out = await asyncio.gather(part("long", 3), part("short", 1), part("none", 0))
    print("gathered", out)
    await metronome

asyncio.run(main())
