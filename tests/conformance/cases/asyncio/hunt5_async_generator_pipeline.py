# pyco: versions=3.10+
import asyncio

async def numbers(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def square(source):
    async for x in source:
        yield x * x

async def take(source, k):
    out = []
    async for x in source:
        out.append(x)
        if len(out) == k:
            break
    return out

async def merge(*sources):
    q = asyncio.Queue()
    sentinel = object()
    async def drain(src):
        async for item in src:
            await q.put(item)
        await q.put(sentinel)
    tasks = [asyncio.create_task(drain(s)) for s in sources]
    done = 0
    while done < len(sources):
        item = await q.get()
        if item is sentinel:
            done += 1
        else:
            yield item

async def main():
    print(await take(square(numbers(10, 0.1)), 4))
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async for v in merge(numbers(3, 0.3), numbers(3, 0.5)):
        print(v, round(loop.time() - t0, 1))
    agen = numbers(5, 0)
    print(await agen.__anext__(), await anext(agen), await anext(agen, 'd'))
    await agen.aclose()
    print(await anext(agen, 'closed'))

asyncio.run(main())
