people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19), ("eve", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
xs = [3, -1, 4, -1, 5, -9, 2, 6]
xs.sort(key=abs); print(xs)
xs.sort(reverse=True); print(xs)
print(sorted("The quick brown fox".split(), key=str.lower))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(1, 0)))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
