# pyco: versions=all
import asyncio

class Later:
    def __init__(self, delay, value):
        self.delay, self.value = delay, value

    def __await__(self):
        loop = asyncio.get_event_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut
        return ("wrapped", result)

async def main():
    loop = asyncio.get_running_loop()
    print(await Later(0.2, "x"), round(loop.time(), 2))
    res = await asyncio.gather(Later(0.3, 1), Later(0.1, 2))
    print(res, round(loop.time(), 2))

asyncio.run(main())
