# pyco: versions=all
# Another loop's run_until_complete() inside a running loop (_check_running: another loop).
import asyncio

async def step():
    return 1

async def main():
    other = asyncio.new_event_loop()
    try:
        print(other.run_until_complete(step()))
    finally:
        other.close()

asyncio.run(main())
