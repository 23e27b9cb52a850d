import random
random.seed(7)
rolls = iter(lambda: random.randint(1, 6), 6)
print(list(rolls))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
lines = iter(["a", "b", "", "c"].pop, "a")
print(list(lines))
