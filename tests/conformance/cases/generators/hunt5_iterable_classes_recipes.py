# pyco: versions=3.8+
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        n = 1
        while n <= self.start:
            yield n
            n += 1

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

c = Countdown(5)
print(list(c), list(reversed(c)), sum(c), max(c), 3 in c)
print(list(Fib(100)))
it = iter(Fib(10))
print(next(it), next(it), list(it))
print(list(zip(Countdown(3), Fib(10))), dict(enumerate(Countdown(3), 1)))
def chunked(iterable, n):
    it = iter(iterable)
    while chunk := [x for _, x in zip(range(n), it)]:
        yield chunk
print(list(chunked(range(10), 3)))
def windowed(seq, n):
    from collections import deque
    d = deque(maxlen=n)
    for x in seq:
        d.append(x)
        if len(d) == n:
            yield tuple(d)
print(list(windowed('abcde', 3)))
gen = (x for x in range(3))
print(iter(gen) is gen, hasattr(gen, '__next__'), type(gen).__name__)
import itertools
def primes():
    D = {}
    for q in itertools.count(2):
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]
print(list(itertools.islice(primes(), 15)))
print(list(map(lambda t: t[0] * t[1], zip(range(4), itertools.repeat(10)))))
