# pyco: versions=all
# ensure_future() with a closed loop: 3.7-3.9 leave the coroutine to be reported at shutdown;
# 3.10+ close it (no warning).
import asyncio

async def work():
    return 1

loop = asyncio.new_event_loop()
loop.close()
asyncio.ensure_future(work(), loop=loop)
