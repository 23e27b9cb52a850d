grid = {(0, 0): "origin", (1, 2): "p", (-1, 5): "q"}
print(grid[(1, 2)], grid.get((9, 9), "none"), sorted(grid))
print(sorted(grid.items(), key=lambda kv: kv[0][1]))
inverted = {v: k for k, v in grid.items()}
print(inverted)
counts = {}
for word in "one two three two one two".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))
