# pyco: versions=all
import asyncio
async def agen():
    yield 1
    yield 2
async def main():
    for how in ["athrow", "anext", "asend", "aclose", "athrow-type"]:
        g = agen()
        await g.__anext__()
        try:
            await g.athrow(ValueError("thrown"))
        except ValueError as e:
            print("propagated", e)
        try:
            if how == "athrow": r = await g.athrow(KeyError("k"))
            elif how == "athrow-type": r = await g.athrow(KeyError)
            elif how == "anext": r = await g.__anext__()
            elif how == "asend": r = await g.asend(None)
            else: r = await g.aclose()
            print(how, "returned", r)
        except BaseException as e:
            print(how, "raised", type(e).__name__, e)
    g = agen()
    try:
        r = await g.athrow(KeyError("k"))
        print("fresh athrow returned", r)
    except BaseException as e:
        print("fresh raised", type(e).__name__, e)
    async for _ in g: pass
    print("iterated")
    g = agen()
    async for _ in g: pass
    for how in ["athrow", "anext", "aclose"]:
        try:
            if how == "athrow": r = await g.athrow(KeyError("k"))
            elif how == "anext": r = await g.__anext__()
            else: r = await g.aclose()
            print("exhausted", how, "returned", r)
        except BaseException as e:
            print("exhausted", how, "raised", type(e).__name__, e)
asyncio.run(main())
