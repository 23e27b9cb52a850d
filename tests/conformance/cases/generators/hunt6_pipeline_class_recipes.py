# pyco: versions=all
from collections import deque
from itertools import islice, count, chain

class Pipeline:
    def __init__(self, source):
        self.source = source
        self.stages = []

    def pipe(self, fn):
        self.stages.append(fn)
        return self

    def __iter__(self):
        it = iter(self.source)
        for stage in self.stages:
            it = stage(it)
        return it

def strip(lines):
    for line in lines:
        yield line.strip()

def nonempty(lines):
    return (l for l in lines if l)

def numbered(lines):
    yield from zip(count(1), lines)

def window(items, n=2):
    d = deque(maxlen=n)
    for x in items:
        d.append(x)
        if len(d) == n:
            yield tuple(d)

text = ["  alpha ", "", "beta", "   ", "gamma  ", "delta"]
p = Pipeline(text).pipe(strip).pipe(nonempty).pipe(numbered)
print(list(p))
print(list(p))
print(list(window(Pipeline(text).pipe(strip).pipe(nonempty), 3)))
print(list(islice(chain.from_iterable(window(range(5), 2)), 5)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take_while_lt(limit, it):
    for x in it:
        if x >= limit:
            return f"stopped at {x}"
        yield x

g = take_while_lt(50, fib())
print(list(g))
def outer():
    result = yield from take_while_lt(10, fib())
    yield result
print(list(outer()))

def running_stats():
    n = total = 0
    mean = None
    while True:
        x = yield mean
        if x is None:
            return n, total
        n += 1
        total += x
        mean = total / n

s = running_stats()
next(s)
for v in [4, 8, 15, 16, 23, 42]:
    m = s.send(v)
print(round(m, 3))
try:
    s.send(None)
except StopIteration as e:
    print(e.value)

def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5]])], 6])))
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(list(permutations([1, 2, 3])))
