# pyco: versions=all
import asyncio

async def bottom():
    try:
        await asyncio.sleep(10)
    finally:
        print("bottom finally")

async def middle():
    try:
        await asyncio.ensure_future(bottom())
    finally:
        print("middle finally")

async def main():
    t = asyncio.ensure_future(middle())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("top sees CancelledError")
    await asyncio.sleep(0)

asyncio.run(main())
