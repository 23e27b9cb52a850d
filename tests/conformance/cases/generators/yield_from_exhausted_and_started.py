# pyco: versions=all
def sub():
    yield "a"
    yield "b"
    return "sub done"

def outer(it):
    r = yield from it
    print("  yield from returned", repr(r))
    yield "outer end"

s = sub()
print(next(s))
print(list(outer(s)))
empty = sub()
list(empty)
print(list(outer(empty)))
print(list(outer(iter([1, 2]))))
