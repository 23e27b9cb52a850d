# pyco: versions=all
import asyncio

async def victim():
    await asyncio.sleep(5)

async def main():
    t = asyncio.ensure_future(victim())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("caught by 'except Exception'")
    except BaseException as e:
        print("only caught by 'except BaseException':", type(e).__name__)

asyncio.run(main())
