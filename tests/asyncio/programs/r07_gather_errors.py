# pyco: versions=all
# R7: the first error propagates, siblings keep running; return_exceptions keeps them in place.
import asyncio

async def broken(msg):
    await asyncio.sleep(0)
    raise LookupError(msg)

async def steady(tag):
    for _ in range(2):
        await asyncio.sleep(0)
    print("steady", tag, "completed")
    return tag

async def main():
    try:
        await asyncio.gather(broken("first"), steady("A"), steady("B"))
    except LookupError as e:
        print("gather raised", repr(e))
    for _ in range(4):
        await asyncio.sleep(0)
    res = await asyncio.gather(steady("C"), broken("second"), return_exceptions=True)
    print(res)

asyncio.run(main())
