# pyco: versions=3.11+
import asyncio
import time

async def hog():
    time.sleep(0.5)
    await asyncio.sleep(0)
    print("hog done")

async def main():
    await asyncio.create_task(hog(), name="hog-task")
    print("main done")

asyncio.run(main(), debug=True)
