# pyco: versions=all
# timeit on the run's clock: only sleeps take (virtual) time, so the statement's own cost is
# 0.0 here and under the oracle. Statement and setup as strings or callables, globals=,
# "from __main__ import", repeat(), Timer, the collector disabled while timing.
import gc
import time
import timeit


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


t = timeit.timeit("fib(10)", setup="from __main__ import fib", number=20)
print(type(t).__name__, t >= 0)
t = timeit.timeit(lambda: fib(8), number=10)
print(type(t).__name__, t >= 0)
t = timeit.timeit("f(5)", globals={"f": fib}, number=5)
print(t >= 0)
print(timeit.timeit("time.sleep(0.25)", setup="import time", number=4))
print(timeit.repeat("time.sleep(0.5)", "import time", repeat=3, number=2))
calls = []
timer = timeit.Timer(lambda: calls.append(gc.isenabled()))
print(timer.timeit(number=3), calls, gc.isenabled())
print(timeit.Timer("x = [1, 2]\ny = x * 2", setup="").timeit(3) >= 0)
print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
ticks = iter(range(0, 100, 7))
print(timeit.Timer("pass", timer=lambda: next(ticks)).repeat(repeat=2, number=5))
number, taken = timeit.Timer("time.sleep(0.03)", "import time").autorange()
print(number, round(taken, 2))
for stmt in (42, None):
    try:
        timeit.timeit(stmt)
    except ValueError as e:
        print("ValueError:", e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError from", e.filename)
