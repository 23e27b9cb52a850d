# pyco: versions=3.11+
import asyncio

async def main():
    await asyncio.sleep(0.1)
    raise SystemExit("bye")

with asyncio.Runner() as r:
    try:
        r.run(main())
    except SystemExit as e:
        print("caught", e)
print("after")
