# pyco: versions=all
import asyncio

class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.n -= 1
        return self.n + 1

async def main():
    loop = asyncio.get_running_loop()
    async for v in Countdown(4):
        print("countdown", v, round(loop.time(), 2))
    print([v async for v in Countdown(3)])

asyncio.run(main())
