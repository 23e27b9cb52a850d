# pyco: versions=all
import asyncio

async def step(name, d):
    print(f"{name} start at {asyncio.get_running_loop().time():.1f}")
    await asyncio.sleep(d)
    print(f"{name} end at {asyncio.get_running_loop().time():.1f}")

async def awaited_directly():
    await step("a", 1)
    await step("b", 1)

async def as_tasks():
    ta = asyncio.ensure_future(step("c", 1))
    tb = asyncio.ensure_future(step("d", 1))
    await ta
    await tb

async def main():
    await awaited_directly()
    await as_tasks()

asyncio.run(main())
