# pyco: versions=all
# A generator expression over a new generator is that generator's only owner: when the
# expression is dropped (after next/any/all/sum/... return, a `del`, a rebinding, a `break`
# out of a loop over it, or an explicit close), the inner generator is closed at once.
def numbers(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers closed", name)

print(any(x > 2 for x in numbers("any")))
print("after any")
print(all(x < 2 for x in numbers("all")))
print("after all")
print(next(x for x in numbers("next") if x * x > 50))
print("after next")
print(next((x, y) for x in numbers("nested") for y in range(3) if x > 1))
print(next(y for y in (x * 3 for x in numbers("genexp-of-genexp")) if y > 5))
def helper():
    return next(n for n in numbers("in-function") if n > 3)
print(helper())
def first(it):
    return next(it)
print(first(x for x in numbers("driving-function")))
ge = (x * 2 for x in numbers("named"))
print(next(ge), next(ge))
del ge
print("after del ge")
ge = (x for x in numbers("rebound"))
next(ge)
ge = None
print("after rebinding ge")
for v in (x for x in numbers("loop")):
    if v > 1:
        break
print("after loop")
def explicit():
    g = (x * x for x in numbers("explicit-close"))
    print(next(g))
    g.close()
    print("after close")
explicit()
print(sum(x for x in (n for n in range(5))), "plain ranges")
print("end")
