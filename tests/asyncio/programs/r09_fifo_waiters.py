# pyco: versions=all
# R9: Event, Lock, Condition and Queue wake waiters first-come first-served, one hop later.
import asyncio

async def main():
    flag = asyncio.Event()
    async def watcher(i):
        await flag.wait()
        print("watcher", i, "released")
    ws = [asyncio.create_task(watcher(i)) for i in range(3)]
    await asyncio.sleep(0)
    flag.set()
    print("flag set")
    await asyncio.gather(*ws)

    mutex = asyncio.Lock()
    async def critical(i):
        async with mutex:
            print("critical", i)
            await asyncio.sleep(0)
    await asyncio.gather(*(critical(i) for i in "pqr"))

    cond = asyncio.Condition()
    async def sleeper(i):
        async with cond:
            await cond.wait()
            print("condition woke", i)
    cs = [asyncio.create_task(sleeper(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)

    inbox = asyncio.Queue()
    async def taker(i):
        print("taker", i, "took", await inbox.get())
    ts = [asyncio.create_task(taker(i)) for i in range(3)]
    await asyncio.sleep(0)
    for item in ("one", "two", "three"):
        inbox.put_nowait(item)
    print("all items queued")
    await asyncio.gather(*ts)

asyncio.run(main())
