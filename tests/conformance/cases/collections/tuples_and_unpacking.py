t = (1, "two", 3.0)
a, b, c = t
print(a, b, c, t[1], t[-1], len(t), t.count(1), t.index(3.0))
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print((1,), (), tuple("ab"), (1, 2) + (3,), (0,) * 3)
a, b = b, a
print(a, b)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
