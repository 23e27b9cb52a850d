# pyco: versions=all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result("x")
    slow = asyncio.ensure_future(asyncio.sleep(1))
    done, pending = await asyncio.wait([done_fut, slow], timeout=0)
    print(len(done), len(pending), loop.time())
    slow.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
