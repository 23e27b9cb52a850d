# pyco: versions=all
import asyncio

async def later():
    await asyncio.sleep(1)
    return 1

async def main():
    t = asyncio.ensure_future(later())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await t)

asyncio.run(main())
