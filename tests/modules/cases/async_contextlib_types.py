# versions: 3.10 3.13
import asyncio, contextlib, inspect, types, functools
@contextlib.asynccontextmanager
async def res(name):
    print('open', name)
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        print('close', name)
async def main():
    async with res('a') as r:
        print('using', r)
    async with contextlib.AsyncExitStack() as st:
        x = await st.enter_async_context(res('b'))
        y = await st.enter_async_context(res('c'))
        st.push_async_callback(asyncio.sleep, 0)
        print('got', x, y)
    try:
        async with res('d'):
            raise ValueError('inside')
    except ValueError as e:
        print('caught', e)
    @types.coroutine
    def legacy():
        yield
        return 'legacy done'
    print(await legacy())
    print(inspect.iscoroutinefunction(main), inspect.isawaitable(legacy()), inspect.iscoroutinefunction(functools.partial(main)))
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            print('agen', v)
            break
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen closed')
asyncio.run(main())
