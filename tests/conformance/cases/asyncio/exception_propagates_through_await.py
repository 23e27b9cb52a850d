# pyco: versions=all
import asyncio

async def level3():
    await asyncio.sleep(0.1)
    raise ValueError("deep problem")

async def level2():
    try:
        await level3()
    finally:
        print("level2 cleanup")

async def level1():
    try:
        await level2()
    except ValueError as e:
        print("level1 handled:", e)
        return "handled"

print(asyncio.run(level1()))
