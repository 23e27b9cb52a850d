# pyco: versions=all
import asyncio

async def agen():
    try:
        x = yield "first"
        print("agen received", x)
        yield "second"
        yield "third"
    finally:
        print("agen finally")

async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
