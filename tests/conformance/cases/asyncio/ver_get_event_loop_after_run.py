# pyco: versions=all
import asyncio

async def main():
    return "ran"

print(asyncio.run(main()))
try:
    loop = asyncio.get_event_loop()
    print("got a loop; closed?", loop.is_closed())
except RuntimeError as e:
    print("RuntimeError:", e)
