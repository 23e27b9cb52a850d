# pyco: versions=all
def inner():
    try:
        got = yield "inner-1"
        print("inner got", got)
        try:
            yield "inner-2"
        except KeyError as e:
            print("inner caught", repr(e))
        yield "inner-3"
    finally:
        print("inner finally")
    return "inner-return"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-1"

g = outer()
print(next(g))
print(g.send("payload"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
