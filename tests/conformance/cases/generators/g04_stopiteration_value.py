# pyco: versions=all
def summer():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

s = summer()
next(s)
for v in (5, 10, 20):
    print("running total", s.send(v))
try:
    s.send(None)
except StopIteration as stop:
    print("value:", stop.value, "args:", stop.args)

def nothing():
    return
    yield
try:
    next(nothing())
except StopIteration as stop:
    print("bare return value:", stop.value, "args:", stop.args)

def pair():
    yield 1
    return (1, 2)
p = pair(); next(p)
try:
    next(p)
except StopIteration as stop:
    print("tuple value:", stop.value, "args:", stop.args)
