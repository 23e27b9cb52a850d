# pyco: versions=all
# loop= that is no loop: create_task is looked up on it (AttributeError in tasks.py's frame).
import asyncio

async def work():
    return 1

asyncio.ensure_future(work(), loop=42)
