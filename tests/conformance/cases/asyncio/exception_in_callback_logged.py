# pyco: versions=all
import asyncio

def faulty_callback():
    raise ValueError("callback failed")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(faulty_callback)
    await asyncio.sleep(0.1)
    print("loop survived the failing callback")

asyncio.run(main())
