# R7: gather propagates the first error but does not cancel the siblings.
import asyncio

async def faulty(delay):
    await asyncio.sleep(delay)
    raise LookupError(f"missing after {delay}")

async def steady(name):
    for i in range(3):
        await asyncio.sleep(0.1)
    print("steady", name, "completed anyway")
    return name

async def main():
    try:
        await asyncio.gather(steady("one"), faulty(0.05), steady("two"))
    except LookupError as exc:
        print("gather raised:", exc)
    await asyncio.sleep(1)
    print("second round with return_exceptions")
    res = await asyncio.gather(faulty(0), steady("three"), return_exceptions=True)
    for r in res:
        print(" ", type(r).__name__, r)

asyncio.run(main())
