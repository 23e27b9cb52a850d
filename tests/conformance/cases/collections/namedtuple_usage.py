from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(y=10), Point._fields)
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))
Card = namedtuple("Card", "rank suit", defaults=["spades"])
print(Card("A"), Card("K", "hearts"), Card._make(["Q", "clubs"]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
