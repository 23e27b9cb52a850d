# pyco: versions=all
def g(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", name)

# Temporaries: a generator made as the argument of next/any/all, or inside a zip, enumerate,
# map, filter or islice consumed in the same expression, dies when that call returns.
import itertools
from itertools import islice
print(next(g("next")))
print(next(g("next-default"), None))
print(any(g("any")))
print(all(x < 1 for x in [5]), "plain genexp")
print(list(zip(g("zip-1"), g("zip-2"), "a")))
print(list(enumerate(g("enumerate")))[:1])
print(list(itertools.islice(g("islice"), 2)))
print(sum(islice(g("sum-islice"), 2)))
print(list(map(str, g("map"))))
print(list(filter(None, g("filter"))))
print(dict(zip("ab", g("dict-zip"))))
print(sorted(islice(g("sorted"), 2), reverse=False) if False else sorted(islice(g("sorted"), 2)))
for i in range(3):
    print("loop", next(g(i)))
print("end")
