# pyco: versions=all
import asyncio

async def job():
    return "job result"

async def main():
    c = job()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
