# pyco: versions=all
# R2: create_task only schedules; children start when the creator yields, in creation order.
import asyncio

async def kid(label):
    print(label, "begins")
    await asyncio.sleep(0)
    print(label, "finishes")

async def main():
    first = asyncio.create_task(kid("alpha"))
    second = asyncio.create_task(kid("beta"))
    print("parent still running")
    await first
    print("parent resumed after alpha")
    await second

asyncio.run(main())
