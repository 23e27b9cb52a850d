# pyco: versions=3.7,3.13
import inspect

def relay():
    print("  during run:", inspect.getgeneratorstate(r))
    v = yield 'first'
    yield v

r = relay()
print(inspect.getgeneratorstate(r))
print(next(r))
print(inspect.getgeneratorstate(r))
print(r.send('second'))
r.close()
print(inspect.getgeneratorstate(r))
