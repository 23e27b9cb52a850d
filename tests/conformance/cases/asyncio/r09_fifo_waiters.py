# R9: Event, Lock and Queue wake their waiters first-come first-served.
import asyncio

async def main():
    flag = asyncio.Event()

    async def wait_flag(i):
        await flag.wait()
        print("flag seen by", i)

    ws = [asyncio.create_task(wait_flag(i)) for i in (10, 20, 30)]
    await asyncio.sleep(0)
    flag.set()
    print("flag.set() returned")
    await asyncio.gather(*ws)

    mutex = asyncio.Lock()

    async def critical(i):
        async with mutex:
            print("holder", i, "enters")
            await asyncio.sleep(0.01)
            print("holder", i, "leaves")

    await asyncio.gather(*(critical(i) for i in range(4)))

    box = asyncio.Queue()

    async def taker(i):
        item = await box.get()
        print("taker", i, "took", item)

    ts = [asyncio.create_task(taker(i)) for i in range(3)]
    await asyncio.sleep(0)
    for item in ("apple", "pear", "plum"):
        box.put_nowait(item)
    print("all items queued")
    await asyncio.gather(*ts)

asyncio.run(main())
