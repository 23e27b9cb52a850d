# pyco: versions=all
import inspect

def gen():
    print('start')
    try:
        x = yield 1
        print('got', x)
        y = yield 2
        print('got', y)
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('cleanup')
    return 'ret'

g = gen()
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(g.send('hello'))
print(g.throw(ValueError('bad')))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(inspect.getgeneratorstate(g))
g2 = gen()
next(g2)
g2.close()
print(inspect.getgeneratorstate(g2))
try:
    g2.send(None)
except StopIteration:
    print('closed gen raises StopIteration')
g3 = gen()
try:
    g3.send(1)
except TypeError as e:
    print(e)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset':
            i = 0
        else:
            i += 1
c = counter()
print([next(c), next(c), c.send('reset'), next(c)])
print(g.gi_frame, g.gi_running, g.gi_yieldfrom, g.gi_suspended if hasattr(g, 'gi_suspended') else 'n/a')
def outer():
    r = yield from inner()
    print('inner returned', r)
def inner():
    yield 'a'
    return 'b'
o = outer()
next(o)
print(o.gi_yieldfrom.__name__)
try: next(o)
except StopIteration: pass
