# pyco: versions=all
# Recursion through plain functions: self recursion, mutual recursion, a recursion that hits
# a lowered recursion limit (caught by the caller, then the function works again), and a deep
# but legal recursion under the default limit.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print([fib(i) for i in range(15)])
print(fact(0), fact(1), fact(10), fact(25))
print(fact(30) // fact(28), fact(22) % 1000003)
print([[ack(m, n) for n in range(4)] for m in range(3)], ack(2, 3))
print([is_even(n) for n in range(8)], is_odd(101), is_even(300))


# Recursion whose result is built on the way back up, with locals alive across the call.
def collect(n, acc):
    here = n * n
    if n == 0:
        return acc
    out = collect(n - 1, acc + [here])
    return out + [here]


print(collect(5, []))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


deepest = 0


def countdown(n):
    # Never terminates for n < 0: only the recursion limit stops it.
    global deepest
    deepest = max(deepest, -n)
    if n == 0:
        return 'done'
    return countdown(n - 1)


def caller(n):
    try:
        return countdown(n)
    except RecursionError as e:
        return type(e).__name__


old = sys.getrecursionlimit()
print('default limit', old)
print('legal deep recursion', depth(900), is_even(900), is_odd(899))
sys.setrecursionlimit(60)
print('limit', sys.getrecursionlimit())
print('small depth', caller(10))
print('runaway', caller(-1), 'frames reached', deepest)
print('works again', caller(20), depth(30))
for attempt in range(3):
    print('attempt', attempt, caller(-1 - attempt), caller(5))
try:
    depth(500)
except RecursionError as e:
    print('depth(500) under limit 60:', type(e).__name__)
sys.setrecursionlimit(old)
print('restored', sys.getrecursionlimit(), depth(800), fib(16))


# Mutual recursion that runs into the limit, caught in the middle of the chain.
def ping(n):
    if n % 10 == 0:
        try:
            return pong(n + 1)
        except RecursionError:
            return 'caught at a multiple of ten: %s' % (n % 10 == 0)
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


sys.setrecursionlimit(80)
r = ping(0)
print(r)
sys.setrecursionlimit(old)
print(ping.__name__, pong.__name__, fib(10))
