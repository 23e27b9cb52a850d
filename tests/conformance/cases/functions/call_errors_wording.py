def two(x, y):
    return x + y

def kw(*, key):
    return key

class K:
    def method(self, a):
        return a

calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, x=2),
    lambda: two(1, 2, z=3),
    lambda: kw(1),
    lambda: kw(),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: len(),
    lambda: len([], []),
    lambda: (lambda q: q)(),
    lambda: "abc".split(1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
