# pyco: versions=all
def g(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", name)

# A generator passed as a temporary argument to a function whose parameter only drives it
# dies when that function returns.
def consume(it, n):
    for v in it:
        if v >= n:
            break
def take(n, it):
    out = []
    for v in it:
        out.append(v)
        if len(out) == n:
            break
    return out
def first(it):
    return next(it)
def pair(it):
    a = next(it)
    b = it.send(None)
    return a, b
consume(g("consume"), 1)
print("after consume")
print(take(2, g("take")))
print(first(g("a")), first(g("b")))
print(pair(g("pair")))
def main():
    total = 0
    for i in range(500):
        total += first(g(i)) if i % 250 == 0 else 0
    return total
print(main())
print("end")
