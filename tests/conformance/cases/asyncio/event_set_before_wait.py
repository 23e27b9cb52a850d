# pyco: versions=all
import asyncio

async def main():
    ev = asyncio.Event()
    ev.set()
    order = []
    async def w(i):
        await ev.wait()
        order.append(i)
    tasks = [asyncio.ensure_future(w(i)) for i in range(3)]
    order.append("main")
    await asyncio.gather(*tasks)
    print(order)

asyncio.run(main())
