# pyco: versions=all
# run_until_complete() of the running loop (_check_running: already running).
import asyncio

async def step():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    print(loop.run_until_complete(step()))

asyncio.run(main())
