def v(tag, x):
    print("eval", tag)
    return x
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 3) < v("b", 2) < v("c", 1))
print(v("x", 1) == v("y", 1) != v("z", 2))
print(v("p", 0) or v("q", "") or v("r", "last"))
print(v("s", 1) and v("t", 0) and v("u", 2))
