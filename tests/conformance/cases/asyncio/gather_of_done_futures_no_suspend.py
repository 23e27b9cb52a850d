# pyco: versions=all
import asyncio

async def other():
    print("other task runs")

async def main():
    loop = asyncio.get_running_loop()
    a, b = loop.create_future(), loop.create_future()
    a.set_result(1)
    b.set_result(2)
    asyncio.ensure_future(other())
    print("gather of done futures:", await asyncio.gather(a, b))
    print("still before other task")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
