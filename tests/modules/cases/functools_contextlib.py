# versions: 3.9 3.12 3.13
import functools, contextlib, io, sys
from functools import partial, wraps, lru_cache, cache, total_ordering, cached_property, singledispatch, cmp_to_key, reduce
def f(a, b=1, *c, **d): return (a, b, c, d)
p = partial(f, 1, b=2)
print(p(3, x=4) if False else None, p.func is f, p.args, p.keywords, partial(p, 5).args)
print(repr(partial(len, 'abc')), repr(partial(max, 1, key=abs)))
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def hello(x):
    """Say hello."""
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__, hello(3))
@lru_cache(maxsize=2)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@cache
def sq(x): return x * x
print(sq(4), sq(4), sq.cache_info())
class C:
    def __init__(self): self.calls = 0
    @cached_property
    def value(self):
        self.calls += 1
        return 42
    @lru_cache(maxsize=None)
    def m(self, x): return x * 2
c = C(); print(c.value, c.value, c.calls, c.m(3), c.m(3), C.m.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
@singledispatch
def show(x): return f'obj {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list {len(x)}'
print(show('a'), show(3), show([1, 2]), show(True))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
    sys.stdout.write('also\n')
print(repr(buf.getvalue()))
with contextlib.suppress(KeyError):
    {}['x']
print('suppressed')
@contextlib.contextmanager
def cm(name):
    print('enter', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('caught', e)
    finally:
        print('exit', name)
with cm('a') as v:
    print('body', v)
with cm('b'):
    raise ValueError('boom')
with contextlib.ExitStack() as stack:
    for n in 'xy':
        stack.enter_context(cm(n))
    stack.callback(print, 'callback')
    print('in stack')
with contextlib.nullcontext(5) as v: print(v)
class R:
    def close(self): print('closed')
with contextlib.closing(R()): pass
@cm('deco')
def g(): print('in g')
g()
try:
    with cm('c'):
        raise KeyError('k')
except KeyError as e: print('propagated', e)
