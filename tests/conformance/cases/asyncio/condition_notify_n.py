# pyco: versions=all
import asyncio

async def waiter(cond, i, log):
    async with cond:
        await cond.wait()
        log.append(i)
        print("waiter", i, "woken")

async def main():
    cond = asyncio.Condition()
    log = []
    ws = [asyncio.ensure_future(waiter(cond, i, log)) for i in range(5)]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.1)
    print("after notify(2):", log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print("after notify_all:", log)

asyncio.run(main())
