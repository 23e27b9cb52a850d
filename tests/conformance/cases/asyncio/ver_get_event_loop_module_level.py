# pyco: versions=all
import asyncio

async def hello():
    await asyncio.sleep(1)
    return "hello from the loop"

loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello()))
print("same loop again:", asyncio.get_event_loop() is loop)
loop.close()
