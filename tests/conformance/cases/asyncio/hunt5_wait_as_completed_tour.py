# pyco: versions=3.8+
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f'{name} failed')
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in
             [('a', 3, False), ('b', 1, False), ('c', 2, True)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('done', sorted(t.get_name() for t in done), 'pending', sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception())
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(pending)
    print([t.result() for t in done])
    for coro in asyncio.as_completed([job('x', 2), job('y', 1), job('z', 1.5)]):
        r = await coro
        print('as_completed', r, asyncio.get_running_loop().time() > 0)
    try:
        await asyncio.wait_for(job('slow', 10), timeout=1)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, repr(e))

asyncio.run(main())
