# R6: gather resumes its caller two iterations after the last child ends.
import asyncio

async def metronome(n):
    for i in range(n):
        print("beat", i)
        await asyncio.sleep(0)

async def job(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    print("job", name, "ends")
    return name * 2

async def main():
    m = asyncio.create_task(metronome(8))
    results = await asyncio.gather(job("p", 3), job("q", 1), job("r", 0))
    print("gather returned", results)
    await m

asyncio.run(main())
