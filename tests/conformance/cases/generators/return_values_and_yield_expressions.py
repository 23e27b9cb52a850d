# pyco: versions=all
import sys
def gen():
    x = yield
    print("x =", x)
    yield from [1, 2]
    return "r"

g = gen()
print(g.send(None))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)

def gen_with_return_none():
    yield 1
    return
g = gen_with_return_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)

def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(repr(e), e.value)

def ret_exc():
    return StopIteration("inner")
    yield
try:
    next(ret_exc())
except StopIteration as e:
    print(repr(e), repr(e.value))

print(list(x for x in range(3) if x))
print([*(y for y in "ab"), *range(2)])
def gen_lambda():
    f = lambda: (yield)
    return f
gl = gen_lambda()()
print(type(gl).__name__)
print(next(gl))
try:
    gl.send(42)
except StopIteration as e:
    print("lambda gen returned", e.value)

def yield_expr_values():
    a = yield 1
    b = yield a
    c = yield a, b
    yield [a, b, c]
ye = yield_expr_values()
print(next(ye), ye.send("A"), ye.send("B"), ye.send("C"))

def conditional_yield(n):
    if n > 0:
        yield n
print(list(conditional_yield(0)), list(conditional_yield(5)))

def gen_raises_immediately():
    raise KeyError("early")
    yield
g = gen_raises_immediately()
print("created fine")
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
try:
    next(g)
except StopIteration:
    print("now exhausted")
