# pyco: versions=all
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    try:
        done, pending = await asyncio.wait([job(1), job(2)])
        print("wait accepted coroutines:", sorted(t.result() for t in done))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
