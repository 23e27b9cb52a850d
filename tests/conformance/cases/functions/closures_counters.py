def make_multiplier(k):
    def mul(x):
        return x * k
    return mul

double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__closure__[0].cell_contents)
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
