# pyco: versions=3.9+
import asyncio

async def critical():
    try:
        print('critical start')
        await asyncio.sleep(2)
        print('critical done')
        return 'ok'
    finally:
        print('critical finally')

async def cancellable(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print('cleanup', n)
        raise
    finally:
        print('finally', n)

async def main():
    t = asyncio.create_task(critical())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=1)
    except asyncio.TimeoutError:
        print('timed out but still running:', not t.done())
    print(await t)
    tasks = [asyncio.create_task(cancellable(i)) for i in range(1, 4)]
    await asyncio.sleep(1.5)
    for x in tasks:
        x.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print([x.cancelled() for x in tasks])
    t2 = asyncio.create_task(cancellable(5))
    await asyncio.sleep(0)
    t2.cancel('because')
    try:
        await t2
    except asyncio.CancelledError as e:
        print('caught', repr(e), e.args)

asyncio.run(main())
