# pyco: versions=all
import asyncio
class CM:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): raise ValueError("exit")

async def f():
    async with CM() as c:
        x = 1
    
asyncio.run(f())
