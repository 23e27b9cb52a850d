# pyco: versions=all
# R5: waiters resume one iteration after set_result, in registration order, after the setter
# reaches its own next suspension point.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    box = loop.create_future()
    async def reader(i):
        value = await box
        print("reader", i, "saw", value)
    async def writer():
        box.set_result(42)
        print("writer set the value")
        await asyncio.sleep(0)
        print("writer continues")
    jobs = [asyncio.create_task(reader(1)), asyncio.create_task(reader(2)), asyncio.create_task(writer())]
    await asyncio.gather(*jobs)
    t = asyncio.create_task(asyncio.sleep(0, result="slept"))
    print(await t)

asyncio.run(main())
