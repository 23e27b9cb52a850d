values = [1, -2.5, "quote's", [1, (2, 3)], {"k": None}, (1,), True, 1e100, 3 + 0j, frozenset()]
for v in values:
    r = repr(v)
    print(r, eval(r) == v)
