"""A sample exercising the syntax the book uses."""
import asyncio
from collections import deque as dq, OrderedDict
from . import sibling
from ..pkg.mod import (a as b, c,)


def gen(n):
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def delegator():
    result = yield from gen(10)
    print(f"{result=} {result!r:>10} {{braces}}")


async def worker(name: str, q: asyncio.Queue[int], *, delay: float = 0.1) -> None:
    async with asyncio.timeout(1) as t, lock:
        async for item in aiter(q):
            await asyncio.sleep(delay)
            print(name, item, sep=': ', end='\n')
    results = [await f for f in futures if f is not None]
    squares = {k: v ** 2 async for k, v in pairs()}
    return None


class Point(Base, metaclass=Meta):
    '''Docstring.'''
    x: int = 0
    y: int

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    @decorator(arg=1)
    def make(*args, **kwargs):
        return Point(*args, **kwargs)


def positional(a, b=2, /, c=3, *args, d, e=5, **kw):
    lam = lambda x, *y, z=1, **w: (x, y, z, w)
    cond = a if b else c or d
    chained = 1 < a <= b != c is not None
    sl = items[1:2, ::3, ...]
    first, *rest = items
    [p, (q, r)] = pairs
    del sl[0], cond
    global G
    assert chained, "message"
    try:
        raise ValueError("x") from None
    except (ValueError, TypeError) as exc:
        pass
    except Exception:
        raise
    else:
        pass
    finally:
        pass
    with open(path) as fh:
        data = fh.read()
    for i, v in enumerate(data):
        if not v:
            continue
        elif v == 'x':
            break
    else:
        pass
    if (n := len(data)) > 10:
        print(n)
    return -2 ** 2, not a == b, ~a, +a, a @ b, a // b % c, a << 1 >> 2 & 3 | 4 ^ 5


def nested():
    x = 0

    def inner():
        nonlocal x
        x += 1
        return x

    return inner


s = 'single' "double" '''triple''' r'raw\d' b'bytes' if False else None
t = f'{a}' 'b' f"{c:{width}.{prec}}"
e = ...
big = 123456789012345678901234567890
c = 1.5j + 0x_ff + 0o17 + 0b1010 + 1_000_000 + 1e-3
d = {**base, 'k': 1, **other}
st = {1, 2, *more}
g = sum(x for x in range(10) if x % 2 if x > 2)
m = [[y for y in range(x)] for x in range(3)]
