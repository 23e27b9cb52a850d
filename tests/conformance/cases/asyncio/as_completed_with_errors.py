# pyco: versions=all
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n

async def main():
    for fut in asyncio.as_completed([job(n) for n in (4, 1, 2, 3)]):
        try:
            print("ok", await fut)
        except ValueError as e:
            print("error", e)

asyncio.run(main())
