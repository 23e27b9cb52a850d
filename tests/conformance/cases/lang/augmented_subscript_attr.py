class Box:
    pass
b = Box()
b.n = 1
b.n += 41
d = {"k": [1]}
d["k"] += [2]
d["k"][0] *= 10
print(b.n, d)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
