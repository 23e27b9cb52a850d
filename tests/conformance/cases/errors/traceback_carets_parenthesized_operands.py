# pyco: versions=3.11+
def f(a, b): return a / b
x = 1
d = {"k": [1], 0: 1}
class A:
    v = None
tests = [
    lambda: d["k"][0] / (x - 1),
    lambda: (x) / (x-1),
    lambda: (x + 1) * (x - 1) / (x-1),
    lambda: ((x)) + "s",
    lambda: (d)["zz"],
    lambda: (A.v).attr,
    lambda: (f)(1, 0),
    lambda: -(x + "a"),
    lambda: (x) < ("a"),
    lambda: (x) ** ("a"),
    lambda: (x and d["q"]),
    lambda: (x) and (d)["q"],
    lambda: (A.v)[0],
    lambda: [x][(x)],
]
for t in tests:
    try:
        t()
    except Exception:
        import traceback
        traceback.print_exc()
(x) + (x + "a")
