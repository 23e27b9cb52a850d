# pyco: versions=3.7,3.13
import asyncio

async def write_digit(d):
    print("Lulu starts writing " + str(d) + " now")
    await asyncio.sleep(1)
    print("Lulu wrote" + str(d) + " fine")

async def run_all(digits):
    for d in digits:
        await write_digit(d)
%time asyncio.run(run_all([i for i in range(1,6)]))
