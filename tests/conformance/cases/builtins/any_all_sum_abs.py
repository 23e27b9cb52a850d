print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in range(5)))
print(sum([]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 0.25]))
print(abs(-7), abs(7.5), abs(-0.0), abs(True))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
