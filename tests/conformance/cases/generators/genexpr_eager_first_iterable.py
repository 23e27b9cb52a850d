# pyco: versions=all
def src(tag):
    print("  building source", tag)
    return range(3)

g = (x * 2 for x in src("outer"))
print("generator expression created")
print(list(g))
try:
    bad = (x for x in 1 / 0)
except ZeroDivisionError:
    print("the first iterable is evaluated immediately")
lazy = (1 / 0 for x in [1])
print("the element expression is lazy")
try:
    next(lazy)
except ZeroDivisionError:
    print("...and fails on next()")
nested = ((i, j) for i in range(2) for j in src("inner"))
print("nested created")
print(list(nested))
