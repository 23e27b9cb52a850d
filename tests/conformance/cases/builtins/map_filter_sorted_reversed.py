print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(sorted([3, 1, 2]), sorted("bca"), sorted({3: 0, 1: 0}), sorted([3, 1, 2], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
