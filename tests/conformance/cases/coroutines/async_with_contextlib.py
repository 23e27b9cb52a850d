# pyco: versions=all
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def connection(name):
    print("connect", name)
    await asyncio.sleep(0.1)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.1)
        print("disconnect", name)

async def main():
    async with connection("alpha") as c:
        print("using", c)
    try:
        async with connection("beta") as c:
            raise OSError("lost " + c)
    except OSError as e:
        print("error:", e)
    print("elapsed", round(asyncio.get_running_loop().time(), 2))

asyncio.run(main())
