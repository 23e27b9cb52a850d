# pyco: versions=all
import asyncio

async def child():
    await asyncio.sleep(0.1)
    return "child value"

async def main():
    t = asyncio.ensure_future(child())
    t.add_done_callback(lambda f: print("done callback registered before await"))

    async def other_awaiter():
        print("other awaiter got", await t)

    o = asyncio.ensure_future(other_awaiter())
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("done callback registered after the awaiter"))
    print("main got", await t)
    await o

asyncio.run(main())
