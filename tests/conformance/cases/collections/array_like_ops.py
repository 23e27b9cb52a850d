xs = [4, 8, 15, 16, 23, 42]
print(list(map(lambda v: v % 5, xs)), list(filter(lambda v: v > 10, xs)))
print([a + b for a, b in zip(xs, xs[1:])])
print(list(enumerate(xs, start=1))[:3])
print(xs[::-1] == list(reversed(xs)), sum(xs) / len(xs))
pairs = list(zip(*[iter(xs)] * 2))
print(pairs)
total = 0
for i in range(len(xs)):
    total += xs[i] * (-1) ** i
print(total)
