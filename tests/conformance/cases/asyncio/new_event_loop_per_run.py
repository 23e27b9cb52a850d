# pyco: versions=all
import asyncio

async def main(tag):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    print(tag, "loop time", loop.time())
    return loop

l1 = asyncio.run(main("first"))
l2 = asyncio.run(main("second"))
print("different loops:", l1 is not l2, "both closed:", l1.is_closed(), l2.is_closed())
