a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5, 6}, {1, 2} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
a.add(10); a.discard(1); a.discard(99); print(sorted(a))
a.remove(2); print(sorted(a))
try:
    a.remove(2)
except KeyError as e:
    print("KeyError:", e)
print(sorted({x % 4 for x in range(20)}), len(set("mississippi")))
fs = frozenset([3, 1, 2])
print(sorted(fs), fs == {1, 2, 3}, {fs: "frozen keys ok"}[frozenset({1, 2, 3})])
print(set(), sorted(set([3, 3, 1])), {1, 2} == {2, 1})
