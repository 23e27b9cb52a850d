# pyco: versions=all
import asyncio

async def counter():
    n = 0
    try:
        while True:
            try:
                yield n
            except ValueError as e:
                print("counter reset because", e)
                n = -1
            n += 1
    finally:
        print("counter closed at", n)

async def main():
    c = counter()
    print(await c.__anext__(), await c.__anext__())
    print("athrow ->", await c.athrow(ValueError("reset")))
    print(await c.__anext__())
    await c.aclose()
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")

asyncio.run(main())
