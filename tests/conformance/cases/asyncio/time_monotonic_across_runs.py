# pyco: versions=all
import asyncio
import time

async def main():
    await asyncio.sleep(0.75)
    return round(time.monotonic(), 2)

print("first run ends at", asyncio.run(main()))
time.sleep(1)
print("after time.sleep(1):", round(time.monotonic(), 2))
print("second run ends at", asyncio.run(main()))
print("time.time() offset:", round(time.time() - 1577836800, 2))
