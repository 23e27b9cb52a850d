from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None)
def slow_fib(n):
    calls.append(n)
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(30), len(calls))
print(slow_fib.cache_info())
@lru_cache(maxsize=2)
def ident(x):
    print("  computing", x)
    return x
for x in (1, 2, 1, 3, 1, 2):
    ident(x)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info())
@cache
def sq(n):
    print("  sq", n)
    return n * n
print(sq(4), sq(4))
