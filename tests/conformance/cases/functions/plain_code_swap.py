# pyco: versions=all
# Assigning a plain function's __code__ after it has run: the next call runs the new code with
# the old function's globals and name; the argument count is the new code's; two
# functions can exchange code objects.


def double(x):
    return x * 2


def triple(x):
    return x * 3


def apply(fn, values):
    return [fn(v) for v in values]


print(apply(double, [1, 2, 3]))
saved = double.__code__
double.__code__ = triple.__code__
print(apply(double, [1, 2, 3]), double.__name__, double(5))
double.__code__ = saved
print(apply(double, [1, 2, 3]))


def two_args(a, b):
    return a - b


try:
    double.__code__ = two_args.__code__
    print(double(10, 3))
    double(10)
except TypeError as e:
    print('TypeError', e)
double.__code__ = saved


def reads_global():
    return SCALE * 10


def reads_other():
    return OTHER


SCALE = 4
reads_global.__code__, reads_other.__code__ = reads_other.__code__, reads_global.__code__
OTHER = 'other global'
print(reads_global(), reads_other())
