# pyco: versions=all
# An async generator that only an `async for` refers to is freed when the loop is left early
# (break, return, an exception): the event loop's finalizer hook schedules its aclose() in a
# task, which runs at the next loop iteration, while the caller carries on.
import asyncio

async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"  [{tag}] cleanup start")
        await asyncio.sleep(0)
        print(f"  [{tag}] cleanup end")

async def first_above(limit):
    async for n in numbers("return"):
        if n > limit:
            return n

async def failing():
    async for n in numbers("raise"):
        if n == 1:
            raise ValueError("stop at 1")

async def main():
    async for n in numbers("break"):
        if n == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after one step")
    await asyncio.sleep(0)
    print("after two steps")
    print("first_above ->", await first_above(2))
    await asyncio.sleep(0.1)
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.1)
    async for n in numbers("exhausted"):
        if n > 100:
            break
    print("loop ran out")
    print("tasks left:", len(asyncio.all_tasks()))
    await asyncio.sleep(0.1)

asyncio.run(main())
print("done")
