data = [("a", 3), ("b", 5), ("c", 5), ("d", 1), ("e", 1)]
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]))
print(max(5, 5.0), max(5.0, 5), min(0, False), min(False, 0))
print(sorted([1, True, 1.0]), max([[1, 2], [1, 2, 0], [0, 9]]))
