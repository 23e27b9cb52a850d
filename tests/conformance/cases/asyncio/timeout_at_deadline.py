# pyco: versions=3.11+
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.4
    try:
        async with asyncio.timeout_at(deadline):
            for i in range(10):
                await asyncio.sleep(0.15)
                print("step", i, "at", round(loop.time(), 2))
    except TimeoutError:
        print("deadline reached at", round(loop.time(), 2))

asyncio.run(main())
