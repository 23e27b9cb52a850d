# pyco: versions=all
import asyncio

async def fail_at(d, kind):
    await asyncio.sleep(d)
    raise kind(d)

async def main():
    try:
        await asyncio.gather(fail_at(0.3, KeyError), fail_at(0.1, ValueError), fail_at(0.2, TypeError))
    except Exception as e:
        print("first to fail:", type(e).__name__, e)
    await asyncio.sleep(0.5)
    print("end")

asyncio.run(main())
