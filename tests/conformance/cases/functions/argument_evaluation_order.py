def val(tag, v):
    print("evaluating", tag)
    return v
def f(a, b, c=None, *, d=None):
    return (a, b, c, d)
print(f(val("a", 1), val("b", 2), d=val("d", 4), c=val("c", 3)))
print(val("left", 1) + val("right", 2) * val("mul", 3))
d = {val("k1", "x"): val("v1", 1), val("k2", "y"): val("v2", 2)}
print(d)
