# V2: a timer only resolves the sleep future; the task resumes one hop later.
import asyncio

async def sleeper():
    await asyncio.sleep(0.5)
    print("sleeper resumed")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    loop.call_later(0.5, print, "timer registered after the sleep fires")
    def at_deadline():
        print("callback at the same deadline")
        loop.call_soon(print, "soon from that callback")
    loop.call_later(0.5, at_deadline)
    await t
    print("main done at", loop.time())

asyncio.run(main())
