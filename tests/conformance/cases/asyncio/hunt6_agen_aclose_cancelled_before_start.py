# pyco: versions=all
# The async generator dropped by a `break` just before main() returns: its aclose() task is
# cancelled by asyncio.run's teardown before it ran a step. Up to 3.12 the cancellation reaches
# the generator, whose finally block then loses its await; 3.13 lets the finally block finish.
import asyncio

async def stream(name):
    try:
        i = 0
        while True:
            yield f"{name}-{i}"
            i += 1
            await asyncio.sleep(0)
    finally:
        print("cleanup", name)
        await asyncio.sleep(0)
        print("cleanup done", name)

async def main():
    async for item in stream("a"):
        print(item)
        if item.endswith("2"):
            break
    print("main returns")

asyncio.run(main())
print("after run")
