# pyco: versions=all
# Arithmetic inside plain functions across the edges a fast path could get wrong: ints
# crossing 2**31, 2**53 and 2**63 in loops, negative floor division and modulo, true division,
# float/int mixing, bool arithmetic, int subclasses with overridden operators.


def grow_add(start, step, times):
    x = start
    seen = []
    for _ in range(times):
        x = x + step
        seen.append(x)
    return seen


def grow_mul(start, factor, times):
    x = start
    out = []
    for _ in range(times):
        x *= factor
        out.append(x)
    return out


def shrink_sub(start, step, times):
    x = start
    out = []
    for _ in range(times):
        x -= step
        out.append(x)
    return out


print(grow_add(2**31 - 2, 1, 4))
print(grow_add(2**53 - 2, 1, 4))
print(grow_add(2**63 - 2, 1, 4))
print(grow_add(-2**53 + 1, -1, 3))
print(shrink_sub(-2**63 + 1, 1, 3))
print(shrink_sub(2**53 + 1, 1, 3))
print(grow_mul(3, 3, 42)[-4:])
print(grow_mul(-7, 7, 24)[-3:])
print(grow_mul(2**26, 2**26, 3))


def mixed(a, b):
    return [a + b, a - b, a * b, a / b, a // b, a % b, -a // b, -a % b, a ** 2]


print(mixed(2**53 + 1, 3))
print(mixed(2**64 + 7, 2**32))
print(mixed(9007199254740993, 2))
print(float(2**53 + 1), 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53 + 1))


def floordiv_mod_table(values, divisors):
    for a in values:
        row = []
        for b in divisors:
            row.append((a // b, a % b, divmod(a, b)))
        print(a, row)


floordiv_mod_table([7, -7, 0, 1, -1], [2, -2, 3, -3])
floordiv_mod_table([7.5, -7.5, 0.25, -0.25], [2, -2.0])
print(-2**63 // -1, (-2**63) % -1, (-2**63) // 3)


def true_div(a, b):
    return a / b, type(a / b).__name__


print(true_div(1, 3), true_div(6, 3), true_div(-7, 2), true_div(2**60, 2**59))
print(true_div(10**20, 10**10), true_div(True, 2), true_div(0, -5))


def float_int(a, b):
    return a + b, a * b, a - b, b - a, a < b, a == b


print(float_int(0.5, 1), float_int(1.0, 1), float_int(2.0**53, 2**53 + 1))
print(float_int(1e308, 10**308), float_int(-0.0, 0))
print(repr(0.1 + 0.2), 1e16 + 1, 2**53 + 1.0, 3 * 1.1)
try:
    float_int(1.0, 10**400)
except OverflowError as e:
    print('OverflowError', e)


def bools(t, f):
    return [t + t, t - f, t * 5, f * 5, t / 2, t // 1, -t, ~int(t), t & f, t | f, t ^ t,
            t + 0.5, sum([t, t, t]), type(t + t).__name__, type(t & t).__name__]


print(bools(True, False))


class Loud(int):
    def __add__(self, other):
        return 'Loud.__add__(%d, %r)' % (int(self), other)

    def __radd__(self, other):
        return 'Loud.__radd__(%d, %r)' % (int(self), other)

    def __sub__(self, other):
        return Loud(int(self) - int(other) - 1000)


class Plain(int):
    pass


def int_subclasses(a, b):
    return [a + 1, 1 + a, a + b, b + a, a - 1, type(a - 1).__name__, a * 2, type(a * 2).__name__]


print(int_subclasses(Loud(5), Plain(7)))
print(int_subclasses(Plain(5), 7))


def accumulate(values):
    total = 0
    for v in values:
        total += v
    return total, type(total).__name__


print(accumulate([1, 2, 3]), accumulate([1, 2.5]), accumulate([True, True]),
      accumulate([Plain(1), Plain(2)]), accumulate([2**62, 2**62, 2**62]))


def bitops(a, b):
    return [a & b, a | b, a ^ b, a << 3, a >> 3, -a >> 1, ~a, a << 64]


print(bitops(2**53 + 5, 12), bitops(-1, 2**63))
