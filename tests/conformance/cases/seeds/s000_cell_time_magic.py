# pyco: versions=3.7,3.13
%%time
import asyncio

async def write_digit(d):
    print("writing", d)
    await asyncio.sleep(1)
    print("wrote", d)

async def run_all(digits):
    await asyncio.gather(*(write_digit(d) for d in digits))

asyncio.run(run_all(range(1, 4)))
