# pyco: versions=3.7,3.13
import asyncio

async def write_digit(d):
    print("Lulu starts writing " + str(d) + " now")
    await asyncio.sleep(1)
    print("Lulu wrote" + str(d) + " fine")

async def run_all(digits):
    jobs = [asyncio.create_task(write_digit(d)) for d in digits]
    await asyncio.gather(*jobs)
%time asyncio.run(run_all([i for i in range(1,6)]))
