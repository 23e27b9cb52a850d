# pyco: versions=all
# Generator-based coroutines (types.coroutine) and native ones awaiting each other, and
# 'yield from' a Future inside a types.coroutine.
import asyncio, types, sys
print(hasattr(asyncio, "coroutine"))
@types.coroutine
def legacy_sleep(d):
    yield from asyncio.sleep(d).__await__()
    return "legacy done"
async def native():
    r = await legacy_sleep(0.1)
    print("native got", r)
    return 7
@types.coroutine
def gen_based():
    x = yield from native()
    return x + 1
async def main():
    print(await gen_based())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "fut value")
    @types.coroutine
    def waiter():
        v = yield from fut
        return v
    print(await waiter())
    print(asyncio.iscoroutinefunction(gen_based), asyncio.iscoroutine(gen_based()))
    g = gen_based()
    print(type(g).__name__)
    g.close()
asyncio.run(main())
