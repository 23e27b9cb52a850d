# pyco: versions=3.8+
import asyncio

class Obj:
    def __repr__(self):
        return 'Obj(' + 'x' * 40 + ')'

async def ret(v):
    return v

async def main():
    for v in [list(range(10)), tuple(range(8)), {i: i for i in range(6)}, set(range(3)), 'a' * 50, 10 ** 50, Obj(), [[1, [2, [3, [4, [5, [6, [7]]]]]]]], b'x' * 50, 1.5, None, frozenset(), [], {'k': 'v' * 40}, ('abc',) * 2, range(100), [Obj()]]:
        t = asyncio.create_task(ret(v))
        await t
        print(t)
        f = asyncio.get_running_loop().create_future()
        f.set_result(v)
        print(f)
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, 'x' * 50, list(range(20)), Obj())
    print(h)
    h.cancel()
    print(h)
    h = loop.call_later(10, print, 1)
    print(h)
    h.cancel()
    print(h)
    f = loop.create_future()
    f.set_exception(ValueError('x' * 50))
    print(f)
    f.exception()

asyncio.run(main())
