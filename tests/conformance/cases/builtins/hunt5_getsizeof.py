# pyco: versions=all
import sys
def g0():
    yield 1
def g5(a, b):
    c = a + b
    d = [c]
    for e in d:
        yield e
async def co():
    pass
async def ag():
    yield 1
c = co()
print('gen', sys.getsizeof((x for x in range(10))), sys.getsizeof((x*2 for x in range(10) if x)), sys.getsizeof(g0()), sys.getsizeof(g5(1, 2)), 'coro', sys.getsizeof(c), 'agen', sys.getsizeof(ag()))
c.close()
for n in [0, 1, 5, 10, 100, 1000, 10000, 100000]:
    print(n, sys.getsizeof([x for x in range(n)]), sys.getsizeof(list(range(n))), sys.getsizeof([0] * n), sys.getsizeof(list(x for x in range(n))), sys.getsizeof(tuple(range(n))), sys.getsizeof(set(range(n))), sys.getsizeof({i: i for i in range(n)}), sys.getsizeof(range(n)), sys.getsizeof('a' * n))
import sys
def squares(n):
    for i in range(n):
        yield i * i
print(sys.getsizeof(squares(10)), sys.getsizeof(list(squares(10))), sys.getsizeof([0] * 100), sys.getsizeof(list(range(7))))
print(sys.getsizeof({'a': 1}), sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}), sys.getsizeof({str(i): i for i in range(100)}), sys.getsizeof(dict(a=1)), sys.getsizeof({1: 2}), sys.getsizeof({1: 2, 'a': 3}))
