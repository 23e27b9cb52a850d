# pyco: versions=all
import itertools

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fibonacci(), 15)))
print(list(itertools.islice(fibonacci(), 10, 20, 3)))
evens = (f for f in fibonacci() if f % 2 == 0)
print([next(evens) for _ in range(8)])
print(list(itertools.takewhile(lambda v: v < 500, fibonacci())))
