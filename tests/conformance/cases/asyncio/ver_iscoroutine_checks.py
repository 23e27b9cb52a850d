# pyco: versions=all
import asyncio
import inspect

async def native():
    pass

def plain():
    pass

def gen():
    yield

c = native()
print(asyncio.iscoroutinefunction(native), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(gen))
print(asyncio.iscoroutine(c), asyncio.iscoroutine(gen()), inspect.iscoroutine(c))
print(inspect.isawaitable(c), inspect.isawaitable(gen()))
c.close()
