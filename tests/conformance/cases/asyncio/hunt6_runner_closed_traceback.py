# pyco: versions=3.11+
import asyncio
async def f():
    return 1
with asyncio.Runner() as r:
    print(r.run(f()))
r.run(f())
