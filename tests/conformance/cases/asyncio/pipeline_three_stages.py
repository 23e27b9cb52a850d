# pyco: versions=all
import asyncio

async def source(out):
    for n in range(1, 6):
        await out.put(n)
        print("source ->", n)
    await out.put(None)

async def doubler(inp, out):
    while (n := await inp.get()) is not None:
        await asyncio.sleep(0.1)
        await out.put(n * 2)
        print("doubler", n, "->", n * 2)
    await out.put(None)

async def sink(inp):
    total = 0
    while (n := await inp.get()) is not None:
        total += n
        print("sink adds", n, "total", total)
    return total

async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    *_, total = await asyncio.gather(source(a), doubler(a, b), sink(b))
    print("pipeline total", total)

asyncio.run(main())
