# pyco: versions=all
# A generator expression (or the generator it runs over) that something else still refers to
# stays suspended: returned, kept in a list, or an iterator made before the expression.
from inspect import getgeneratorstate as state
def numbers(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers closed", name)

def evens(name):
    return (x for x in numbers(name) if x % 2 == 0)
ev = evens("returned")
print(next(ev), next(ev))
print("still open:", state(ev))
shared = numbers("shared")
print(next(x for x in shared if x > 1))
print("shared open:", state(shared))
ge = (x for x in numbers("kept-genexp"))
keep = [ge]
print(next(ge))
del ge
print("kept in list:", state(keep[0]))
def outer(name):
    it = numbers(name)
    next(it)
    yield "outer"
o = outer("inside-outer")
next(o)
o.close()
print("after outer close")
for g in [ev, shared, keep[0]]:
    g.close()
print("end")
