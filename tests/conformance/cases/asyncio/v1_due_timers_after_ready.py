# V1: call_later(0) registered first still runs after call_soon callbacks queued later.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "timer zero")
    loop.call_later(0.0, print, "timer zero again")
    loop.call_soon(print, "soon A")
    loop.call_soon(print, "soon B")
    loop.call_at(loop.time(), print, "call_at now")
    await asyncio.sleep(0)
    print("main after one hop")
    await asyncio.sleep(0)
    print("main after two hops")

asyncio.run(main())
