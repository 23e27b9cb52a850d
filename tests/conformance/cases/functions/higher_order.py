from functools import reduce, partial
nums = [1, 2, 3, 4, 5]
print(reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, nums, 100))
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square.keywords, square.func is power)
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
