import functools

def shout(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        result = fn(*a, **k)
        return result.upper()
    return wrapper

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco

@shout
def hello(name):
    "Say hello."
    return "hello " + name

@repeat(3)
def roll(n):
    return n * 2

print(hello("world"), hello.__name__, hello.__doc__)
print(roll(4), roll.__name__, roll.__wrapped__(4))

def trace(fn):
    def w(*a):
        print("call", fn.__name__, a)
        r = fn(*a)
        print("ret", fn.__name__, r)
        return r
    return w

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
