# pyco: versions=all
# A plain function calling every kind of callable, positionally and with keywords: builtins,
# bound methods of builtin types, classes, bound methods, static and class methods,
# generator functions, lambdas, closures, functools.partial, objects with __call__, and
# functions with defaults, keyword-only arguments, *args and **kwargs.
import functools


class Point:
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

    @staticmethod
    def origin():
        return Point(0)

    @classmethod
    def made(cls):
        return '%s made %d' % (cls.__name__, cls.count)


class Point3(Point):
    pass


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale


def countdown(n):
    while n:
        yield n
        n -= 1


def make_adder(k):
    def add(x):
        return x + k
    return add


def full(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())


def posdef(a, b=10, c=100):
    return a + b + c


def calls():
    out = []
    # builtins
    out.append(len([1, 2, 3]))
    print('x', 'y', 3, sep='-', end='|\n')
    print(end='')
    print('only', end='\n')
    out.append(max(['pear', 'fig', 'banana'], key=lambda s: len(s)))
    out.append(max(3, 9, 4))
    out.append(min([5, 2, 8], default=None))
    out.append(sorted([3, 1, 2], reverse=True))
    out.append(isinstance(out, list))
    out.append(getattr(Point, 'count') >= 0)
    # bound methods of builtin types
    items = []
    append = items.append
    for i in range(3):
        append(i * i)
    items.append('end')
    out.append(items)
    out.append('-'.join(['a', 'b', 'c']))
    join = ', '.join
    out.append(join(str(i) for i in range(4)))
    out.append({'k': 1}.get('k'))
    out.append({'k': 1}.get('missing', 'dflt'))
    out.append('abc'.upper())
    out.append(str.upper('def'))
    # classes and their methods
    p = Point(1, 2)
    q = Point(x=5)
    out.append(p)
    out.append(q)
    out.append(p.moved(1))
    out.append(p.moved(dy=7, dx=3))
    mv = q.moved
    out.append(mv(10, 10))
    out.append(Point.moved(p, 100))
    out.append(Point.origin())
    out.append(p.origin())
    out.append(Point.made())
    out.append(Point3.made())
    out.append(Point3(9).made())
    # generator function
    g = countdown(4)
    out.append(type(g).__name__)
    out.append(list(g))
    out.append(list(g))
    total = 0
    for v in countdown(5):
        total += v
    out.append(total)
    # lambdas and closures
    sq = lambda v: v * v
    out.append(sq(7))
    out.append((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
    add5 = make_adder(5)
    out.append(add5(10))
    out.append(make_adder('!')('hi'))
    # functools.partial
    p2 = functools.partial(posdef, 1)
    out.append(p2())
    out.append(p2(2))
    out.append(p2(c=0))
    p3 = functools.partial(full, 0, c='C', extra=1)
    out.append(p3())
    out.append(p3(1, 2, 3, c='override', more=2))
    # callable objects
    m = Multiplier(3)
    out.append(m(2))
    out.append(m(2, 1, 1))
    out.append(m(2, scale=10))
    out.append(callable(m), )
    out.append(Multiplier.__call__(m, 1))
    # defaults / keyword-only / *args / **kwargs
    out.append(full(1, c=3))
    out.append(full(1, 2, 3, 4, c=5, e=6, d=7))
    out.append(full(a=1, c=2))
    out.append(full(*[1, 2, 3], **{'c': 'cc', 'zz': 0}))
    out.append(posdef(1))
    out.append(posdef(1, c=2))
    out.append(posdef(c=1, a=2, b=3))
    out.append(posdef(*(1, 2)))
    out.append(posdef(**{'a': 5}))
    return out


for item in calls():
    print(repr(item))
print(Point.count)


def bad_calls():
    attempts = [
        lambda: full(1),
        lambda: full(1, c=2, a=3),
        lambda: posdef(),
        lambda: posdef(1, 2, 3, 4),
        lambda: posdef(1, d=4),
        lambda: Point(),
        lambda: Multiplier(2)(),
        lambda: len(1),
        lambda: len([], []),
        lambda: countdown(),
        lambda: make_adder(1)(1, 2),
        lambda: Point.count(),
    ]
    for attempt in attempts:
        try:
            attempt()
        except TypeError as e:
            print('TypeError:', e)


bad_calls()
