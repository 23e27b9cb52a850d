# pyco: versions=all
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    got = []
    try:
        for fut in asyncio.as_completed([job(0.1), job(0.2), job(5)], timeout=1):
            got.append(await fut)
            print("got", got[-1])
    except asyncio.TimeoutError:
        print("as_completed timed out after collecting", got)

asyncio.run(main())
