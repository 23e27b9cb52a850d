# pyco: versions=3.7-3.10
import asyncio

@asyncio.coroutine
def legacy(n):
    print("legacy coroutine got", n)
    yield from asyncio.sleep(0.5)
    return n * 3

async def modern():
    r = await legacy(4)
    print("modern awaited legacy:", r)

loop = asyncio.get_event_loop()
loop.run_until_complete(modern())
print("iscoroutinefunction:", asyncio.iscoroutinefunction(legacy))
loop.close()
