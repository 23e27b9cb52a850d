# pyco: versions=all
# Where a runaway recursion stops, and what RecursionError says. Up to 3.11, C operations
# (comparisons, str(), repr(), calls of builtins and classes) count on the recursion limit
# with the Python frames and name themselves in the message; 3.11 skips some of them once its
# interpreter has specialised the code; 3.12 counts them apart.
import sys


def report(name, fn):
    try:
        fn()
    except RecursionError as e:
        tb = e.__traceback__
        depth = 0
        while tb.tb_next:
            tb = tb.tb_next
            depth += 1
        print(f"{name}: {e} (depth {depth}, line {tb.tb_lineno})")


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


def kept(n):
    done = n == 0
    return kept(n - 1)


def chained(n):
    if 0 < n < 10:
        return 0
    return chained(n + 1)


def pair(n):
    if (n, 1) == (0, 1):
        return 0
    return pair(n + 1)


def as_str(n):
    s = str(n)
    return as_str(n + 1)


def as_fstring(n):
    s = f"{n}"
    return as_fstring(n + 1)


def as_repr(n):
    s = repr(n)
    return as_repr(n + 1)


def member(n):
    return member(n + 1) if n in [1, 2, n] else 0


def dots(n):
    print(".", end="")
    return dots(n + 1)


def measure(n):
    len([n])
    return measure(n + 1)


def biggest(n):
    max(n, 1)
    return biggest(n + 1)


def forever(x):
    return forever(x)


report("compare", lambda: down(-1))
report("compare kept", lambda: kept(-1))
report("chained compare", lambda: chained(10))
report("tuple compare", lambda: pair(1))
report("str()", lambda: as_str(0))
report("f-string", lambda: as_fstring(0))
report("repr()", lambda: as_repr(0))
report("in list", lambda: member(3))
report("print", lambda: dots(0))
report("len()", lambda: measure(0))
report("max()", lambda: biggest(0))
report("sorted key", lambda: sorted([3, 1, 2], key=lambda x: forever(x)))


# Recursions through special methods and classes nest native calls: a lower limit keeps them
# short.
class Same:
    def __eq__(self, other):
        return self == other


class Echo:
    def __repr__(self):
        return repr(self)


class Twice:
    def __str__(self):
        return str(self)


sys.setrecursionlimit(150)
report("__eq__", lambda: Same() == Same())
report("__repr__", lambda: repr(Echo()))
report("__str__", lambda: str(Twice()))
report("__str__ again", lambda: str(Twice()))
sys.setrecursionlimit(1000)


def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)


fact(-1)
