data = [[1, 2], (3, 4), {5, 6}, {7: 8}, "nine", range(10, 12)]
for d in data:
    print(type(d).__name__, len(d), 2 in d if not isinstance(d, str) else "n" in d)
print(10 in range(10), 10 in range(11), range(0, 10, 3)[-1], len(range(5, 0, -2)), list(range(5, 0, -2)))
print(range(10)[2:8:2], range(3) == range(0, 3), repr(range(1, 5)))
