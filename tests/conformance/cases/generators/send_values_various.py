# pyco: versions=all
def typed():
    while True:
        v = yield
        print(type(v).__name__, repr(v))

t = typed()
next(t)
for v in (1, 2.5, "s", [1], {"a": 1}, None, (1,), b"x", True):
    t.send(v)
