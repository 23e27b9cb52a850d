# pyco: versions=all
import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.1)
    except TimeoutError:
        print("caught builtin TimeoutError")
    except asyncio.TimeoutError:
        print("caught asyncio.TimeoutError only")

asyncio.run(main())
