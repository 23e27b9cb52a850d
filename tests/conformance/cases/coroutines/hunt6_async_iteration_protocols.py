# pyco: versions=3.10+
import asyncio

class Ticker:
    def __init__(self, n, delay):
        self.n, self.delay, self.i = n, delay, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

class AsyncRange:
    def __init__(self, n):
        self.n = n
    async def __aiter__(self):
        for i in range(self.n):
            yield i

class Session:
    async def __aenter__(self):
        print("open session")
        return self
    async def __aexit__(self, et, ev, tb):
        print("close session", et.__name__ if et else None)
        return et is KeyError

async def main():
    async for t in Ticker(3, 0.1):
        print("tick", t)
    print([i async for i in AsyncRange(3)])
    try:
        async for x in AsyncRange(2).__aiter__():
            print("direct", x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    async with Session() as s:
        raise KeyError("swallowed")
    print("after swallowed")
    try:
        async with Session():
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    try:
        with Session():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    it = Ticker(2, 0)
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    ait = aiter(AsyncRange(2))
    print(type(ait).__name__)

asyncio.run(main())
