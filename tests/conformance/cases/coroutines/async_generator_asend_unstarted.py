# pyco: versions=all
import asyncio

async def agen():
    got = yield "start"
    print("  agen got", got)
    yield "end"

async def main():
    g = agen()
    try:
        await g.asend("too early")
    except TypeError as e:
        print("TypeError:", e)
    g2 = agen()
    try:
        await g2.athrow(ValueError("before start"))
    except ValueError as e:
        print("athrow before start propagates:", e)
    g3 = agen()
    print(await g3.asend(None), await g3.asend("hi"))
    await g3.aclose()
    print("closed")

asyncio.run(main())
