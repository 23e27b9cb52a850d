# pyco: versions=all
import asyncio

async def consumer(cond, stock, name):
    async with cond:
        while not stock:
            print(name, "waits")
            await cond.wait()
        item = stock.pop(0)
        print(name, "takes", item)

async def producer(cond, stock):
    for item in ("bread", "milk", "eggs"):
        await asyncio.sleep(0.1)
        async with cond:
            stock.append(item)
            print("restocked", item)
            cond.notify()

async def main():
    cond = asyncio.Condition()
    stock = []
    await asyncio.gather(*(consumer(cond, stock, n) for n in ("c1", "c2", "c3")), producer(cond, stock))

asyncio.run(main())
