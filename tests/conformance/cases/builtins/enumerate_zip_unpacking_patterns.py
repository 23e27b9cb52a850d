grid = ["abc", "def", "ghi"]
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if r == c:
            print("diagonal", r, ch)
pairs = {"x": 1, "y": 2}
for i, (k, v) in enumerate(sorted(pairs.items()), start=1):
    print(i, k, v)
a, b, c = zip(*grid)
print(a, b, c)
print(list(zip(*zip(*grid))) == [tuple(r) for r in grid])
