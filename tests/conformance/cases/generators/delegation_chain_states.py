# pyco: versions=3.7,3.11,3.13
# A value passing through a chain of `yield from` levels: every level is running while the
# innermost generator runs, suspended afterwards, and tracebacks, returns, send/throw/close
# and non-generator delegates behave at each level as if each SEND ran on its own.
import inspect

chain = []


def leaf(n):
    for i in range(n):
        states = [inspect.getgeneratorstate(g) for g in chain]
        running = [g.gi_running for g in chain]
        got = yield i
        print('leaf got', got, states[0], states[-1], all(running))
    return 'leaf done'


def middle(inner, depth):
    if depth == 0:
        r = yield from inner
    else:
        r = yield from middle(inner, depth - 1)
    print('level', depth, 'got', r)
    return depth


outer = middle(leaf(3), 4)
chain.append(outer)
print(next(outer))
g = outer
while g.gi_yieldfrom is not None:
    g = g.gi_yieldfrom
    if inspect.isgenerator(g):
        chain.append(g)
print(len(chain), [inspect.getgeneratorstate(x) for x in chain])
print(outer.send('a'))
print(outer.send('b'))
try:
    outer.send('c')
except StopIteration as e:
    print('outer returned', e.value)
print([inspect.getgeneratorstate(x) for x in chain])


# An exception raised at the bottom passes through every level's `yield from` line.
def boom():
    yield 1
    raise ValueError('bottom')


def wrap(inner, depth):
    if depth == 0:
        yield from inner
    else:
        yield from wrap(inner, depth - 1)


w = wrap(boom(), 2)
next(w)
try:
    next(w)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame is None, tb.tb_lineno))
        tb = tb.tb_next
    print('caught', e, [n for _, n in lines])
print(inspect.getgeneratorstate(w))


# A level that catches what the bottom raises, then yields again.
def catcher(inner):
    try:
        yield from inner
    except KeyError as e:
        print('catcher caught', e)
        yield 'recovered'


def raiser():
    yield 'first'
    raise KeyError('k')


c = wrap(catcher(raiser()), 3)
print(next(c), next(c))
print(list(c))


# throw() and close() into a chain after values went through it.
def echo():
    try:
        while True:
            try:
                x = yield
                print('echo', x)
            except TypeError as e:
                print('echo handled', e)
    finally:
        print('echo closed')


e = wrap(echo(), 3)
next(e)
e.send(1)
e.throw(TypeError('t'))
e.send(2)
e.close()
print(inspect.getgeneratorstate(e))


# Non-generator delegates in the middle and at the bottom.
def mixed():
    yield from [10, 20]
    yield from iter((30,))
    yield from wrap(iter([40, 50]), 2)


print(list(wrap(mixed(), 2)))


# A generator that resumes another level of its own chain is refused, at any depth.
def self_resume():
    yield
    try:
        next(top)
    except ValueError as err:
        print('refused:', err)
    yield 'after'


top = wrap(self_resume(), 3)
next(top)
print(next(top))


# Coroutines awaiting coroutines down to a custom awaitable.
class Ping:
    def __await__(self):
        got = yield 'ping'
        return got * 2


async def level(depth):
    if depth == 0:
        return await Ping()
    return await level(depth - 1) + 1


co = level(5)
print(co.send(None))
try:
    co.send(21)
except StopIteration as stop:
    print('coroutine returned', stop.value)
