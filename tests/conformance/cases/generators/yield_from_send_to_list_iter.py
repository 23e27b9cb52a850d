# pyco: versions=all
def delegate():
    yield from [1, 2, 3]

d = delegate()
print(next(d))
try:
    d.send("x")
except AttributeError as e:
    print("AttributeError:", e)
