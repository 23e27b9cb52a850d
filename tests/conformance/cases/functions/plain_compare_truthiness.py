# pyco: versions=all
# Comparisons and truth tests inside plain functions: rich comparisons returning non-bools
# used in `if`/`while`/`and`/`or`/`not` (truthiness via __bool__ and __len__, a __bool__
# that raises or returns a non-bool), chained comparisons with mixed types and their
# evaluation order, is / is not / in / not in, and reflected comparison fallback.


class Truth:
    def __init__(self, value, name):
        self.value = value
        self.name = name

    def __bool__(self):
        print('  __bool__ of', self.name, '->', self.value)
        return self.value

    def __repr__(self):
        return 'Truth(%s)' % self.name


class Weird:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print('  %r < %r' % (self, other))
        return Truth(self.n < getattr(other, 'n', other), 'lt%d' % self.n)

    def __eq__(self, other):
        print('  %r == %r' % (self, other))
        return Truth(self.n == getattr(other, 'n', other), 'eq%d' % self.n)

    def __gt__(self, other):
        print('  %r > %r' % (self, other))
        return [] if self.n <= getattr(other, 'n', other) else [self.n]

    __hash__ = None

    def __repr__(self):
        return 'W%d' % self.n


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print('  __len__ ->', self.n)
        return self.n


class BadBool:
    def __bool__(self):
        raise ValueError('no truth for you')


class NotBool:
    def __bool__(self):
        return 1


def branch(x):
    if x:
        return 'yes'
    return 'no'


def test_if(a, b):
    if a < b:
        print('  took lt branch')
    else:
        print('  took lt else')
    if a == b:
        print('  took eq branch')
    r = a < b
    print('  raw result', r)
    return not (a == b)


print('weird 1 < 2:')
print(test_if(Weird(1), Weird(2)))
print('weird 3 < 2:')
print(test_if(Weird(3), 2))
print('reflected 5 > W2 ->', 5 > Weird(2), ' 1 > W2 ->', 1 > Weird(2))
print('sized', branch(Sized(0)), branch(Sized(3)))
print('plain values', [branch(v) for v in (0, 1, -1, 0.0, '', 'a', [], [0], None, (), {}, {0: 0})])


def and_or(a, b):
    return a and b, a or b, not a


print(and_or(Truth(True, 'A'), Truth(False, 'B')))
print(and_or(Truth(False, 'C'), 7))

for fn in (lambda: branch(BadBool()), lambda: not BadBool(), lambda: BadBool() and 1,
           lambda: [x for x in [1] if BadBool()], lambda: branch(NotBool())):
    try:
        print('result', fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def loop_until(limit):
    w = Weird(0)
    count = 0
    while w < limit:
        count += 1
        w = Weird(w.n + 1)
    return count


print('loop_until', loop_until(2))


def chained(a, b, c):
    return a < b < c, a < b > c, a == b == c, a <= b != c, a < b is not None


print(chained(1, 2, 3), chained(1, 2.5, True), chained(3, 2, 1))
print(chained(1.0, 1, True), chained(-1, 0, False), chained(2**60, 2.0**61, 2**62))
try:
    chained(1, 2, 'x')
except TypeError as e:
    print('TypeError', e)
print('short-circuit before str:', chained(3, 2, 'x')[0])


def noisy(v, log):
    log.append(v)
    return v


def eval_order():
    log = []
    r1 = noisy(1, log) < noisy(2, log) < noisy(0, log) < noisy(9, log)
    log.append('|')
    r2 = noisy(5, log) < noisy(1, log) < noisy(9, log)
    return r1, r2, log


print(eval_order())
print('weird chain')
print(Weird(1) < Weird(2) < Weird(3))


def identity(a, b, seq):
    return a is b, a is not b, a in seq, a not in seq, b in seq


x = [1, 2]
print(identity(x, x, [x]), identity(x, [1, 2], [[1, 2]]), identity(None, None, ()))
print(identity(1, True, [True]), identity(True, 1 == 1, [1.0]), identity(None, [], 'xaby' * 0 or [None]))
nan = float('nan')
print(identity(nan, nan, [nan]), nan == nan, nan in [nan], [nan] == [nan])
print(identity(2, 3, range(0, 10, 2)), identity('k', 'v', {'k': 'v'}), identity(3, 4, {3: 0}.keys()))


class Container:
    def __contains__(self, item):
        print('  __contains__', item)
        return item % 2  # non-bool, converted by `in`


print(identity(3, 4, Container()))
try:
    identity(1, 2, 5)
except TypeError as e:
    print('TypeError', e)
try:
    identity(Weird(1), 2, {1: 1})
except TypeError as e:
    print('TypeError', e)
