# pyco: versions=all
# A lambda whose body yields is a generator function that returns its body's value.
echo = lambda: (yield)
g = echo()
print(next(g))
try:
    g.send(42)
except StopIteration as e:
    print("returned", e.value)

pair = lambda x: ((yield x), x)
g = pair("a")
print(next(g))
try:
    g.send("b")
except StopIteration as e:
    print("returned", e.value)

flat = lambda: (yield from [1, 2])
print(list(flat()))
g = flat()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
