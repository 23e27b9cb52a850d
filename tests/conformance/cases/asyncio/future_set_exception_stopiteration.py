# pyco: versions=all
# Future.set_exception(StopIteration): the C Future refuses exactly StopIteration with a
# TypeError up to 3.12 (a subclass is stored); 3.13 stores a RuntimeError chained to it.
import asyncio

class MyStop(StopIteration):
    pass

async def main():
    loop = asyncio.get_running_loop()
    for exc in (StopIteration(), StopIteration, MyStop("sub")):
        f = loop.create_future()
        try:
            f.set_exception(exc)
            e = f.exception()
            print("stored", repr(e), "cause:", repr(e.__cause__))
        except TypeError as e:
            print("TypeError:", e, f.done())

asyncio.run(main())
