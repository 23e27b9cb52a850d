# pyco: versions=3.9+
import asyncio

async def stream():
    try:
        for i in range(10):
            yield i
    finally:
        print("stream finally")

async def main():
    s = stream()
    async for v in s:
        if v == 1:
            break
    await s.aclose()
    print("explicitly closed")

asyncio.run(main())
