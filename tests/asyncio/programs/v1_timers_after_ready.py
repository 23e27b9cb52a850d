# pyco: versions=all
# V1: due timers join the ready queue after the callbacks already queued.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "later(0) registered first")
    loop.call_at(loop.time(), print, "call_at(now)")
    loop.call_soon(print, "soon A")
    loop.call_soon(print, "soon B")
    await asyncio.sleep(0)
    print("after one hop")
    await asyncio.sleep(0)
    print("after two hops")

asyncio.run(main())
