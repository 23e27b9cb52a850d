# pyco: versions=all
# V2: a timer only resolves the sleep future; the task resumes one hop after the timer ran.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async def sleeper():
        await asyncio.sleep(0.5)
        print("sleeper resumed")
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    loop.call_at(loop.time() + 0.5, print, "same-deadline timer")
    def chain(n):
        print("chain", n)
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_later(0.5, chain, 1)
    await t
    print("main saw the sleeper finish")

asyncio.run(main())
