# pyco: versions=all
def tricky():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"

g = tricky()
print(next(g))
try:
    g.throw(ValueError("lost"))
except StopIteration as e:
    print("the finally return swallowed the exception, value =", e.value)
