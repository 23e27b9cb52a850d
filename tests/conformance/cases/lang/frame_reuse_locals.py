# pyco: versions=all
# Calls that reuse a finished frame must start from clean locals: a local assigned on one call
# is unbound on the next, whichever function ran in between, after exceptions and recursion.
def maybe(flag):
    if flag:
        value = 'set'
    return value


def other(a, b):
    c = a + b
    return c


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
for flag in (True, False, True):
    try:
        print(maybe(flag), other(flag, 1))
    except UnboundLocalError as e:
        print('unbound again:', type(e).__name__)


def fails(n):
    total = n * 2
    if n == 3:
        raise ValueError(total)
    return total


def caller():
    out = []
    for n in range(6):
        try:
            out.append(fails(n))
        except ValueError as e:
            out.append(('caught', e.args[0]))
        out.append(maybe(True))
    return out


print(caller())


def depth(n, acc):
    note = acc
    if n == 0:
        return note
    return depth(n - 1, acc + [n])


print(depth(3, []), depth(5, ['x']), depth(0, []))


# Two functions built from the same code object, with different defaults and globals.
def make(tag):
    def inner(x, suffix='!'):
        return f'{x}{suffix}'

    inner.__name__ = tag
    return inner


a, b = make('a'), make('b')
print(a(1), b(2), a(3, '?'), b.__name__, a.__code__ is b.__code__)

source = 'def shout(x):\n    return NAME + str(x)\n'
g1, g2 = {'NAME': 'one:'}, {'NAME': 'two:'}
exec(source, g1)
exec(source, g2)
for i in range(3):
    print(g1['shout'](i), g2['shout'](i))


# A callee that is sometimes a generator function, sometimes a plain one.
def plain(x):
    return [x]


def gen(x):
    yield x


for fn in (plain, gen, plain, gen):
    print(fn.__name__, list(fn(7)))


# Deep recursion that fails, then works again at a smaller depth.
import sys


def down(n, stop):
    if stop:
        return 0
    return 1 + down(n - 1, n - 1 <= 0)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
print(down(100, False))
