# pyco: versions=all
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.05)
        yield i

async def squares(src):
    async for v in src:
        yield v * v

async def main():
    evens = [x async for x in squares(numbers(8)) if x % 2 == 0]
    print(evens)
    total = 0
    async for s in squares(numbers(4)):
        total += s
        print("running total", total)

asyncio.run(main())
