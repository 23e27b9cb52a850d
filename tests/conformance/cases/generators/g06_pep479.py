# pyco: versions=all
def leaky():
    yield "first"
    raise StopIteration("escaping")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)

def from_next():
    it = iter([])
    yield next(it)

try:
    list(from_next())
except RuntimeError as e:
    print("list() sees:", e)
