def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
print(order(**{"b": 1}, c=2, **{"a": 3}))
def pos_and_kw(a, b=2, *rest, c, **more):
    print("a", a, "b", b, "rest", rest, "c", c, "more", more)
pos_and_kw(1, c=3)
pos_and_kw(1, 2, 3, 4, c=5, d=6)
pos_and_kw(*[9, 8, 7], **{"c": 0, "zz": 1})
try:
    order(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    pos_and_kw(1, c=1, **{"c": 2})
except TypeError as e:
    print("TypeError:", e)
