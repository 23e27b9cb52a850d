# pyco: versions=3.8,3.11,3.13
# Generators owned by one variable are closed when it lets them go, also in hot code.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("close", tag)


def user(i):
    g = gen(i)
    x = next(g)
    return x + i


def looped(n):
    total = 0
    for i in range(n):
        for v in gen("loop %d" % i):
            total += v
            break
    return total


for i in range(30):
    print("user", user(i))
print("looped", looped(20))

for i in range(30):
    h = gen(100 + i)
    next(h)
del h
print("end")
