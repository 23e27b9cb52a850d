# pyco: versions=all
def tracer():
    print("start")
    a = yield "y1"
    print("a =", a)
    b = yield "y2"
    print("b =", b)
    return a + b

t = tracer()
print("next ->", next(t))
print("send(3) ->", t.send(3))
try:
    t.send(4)
except StopIteration as e:
    print("StopIteration value", e.value)
