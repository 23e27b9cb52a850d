def total(values):
    return sum(values)
print(total(x for x in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(sorted((v % 3, v) for v in range(7)))
print(dict((k, len(k)) for k in ["x", "yy"]))
