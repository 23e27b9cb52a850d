# pyco: versions=all
import asyncio

async def work():
    return 1

print("start")
asyncio.create_task(work())
