# pyco: versions=all
import asyncio

async def ok(v):
    await asyncio.sleep(0.01)
    return v

async def fails(kind):
    await asyncio.sleep(0.02)
    raise kind("from " + kind.__name__)

async def main():
    res = await asyncio.gather(ok(1), fails(ValueError), ok("two"), fails(KeyError), return_exceptions=True)
    for i, r in enumerate(res):
        if isinstance(r, BaseException):
            print(i, "exception", type(r).__name__, r.args)
        else:
            print(i, "value", repr(r))

asyncio.run(main())
