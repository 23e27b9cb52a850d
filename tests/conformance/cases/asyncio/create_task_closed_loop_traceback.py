# pyco: versions=all
import asyncio

async def work():
    return 1

loop = asyncio.new_event_loop()
loop.close()
print("closed:", loop.is_closed())
loop.create_task(work())
