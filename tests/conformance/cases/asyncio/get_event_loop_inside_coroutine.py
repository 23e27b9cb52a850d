# pyco: versions=all
import asyncio

async def main():
    running = asyncio.get_running_loop()
    print("get_event_loop() is the running loop:", asyncio.get_event_loop() is running)
    print("running:", running.is_running())

asyncio.run(main())
