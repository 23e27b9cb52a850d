# pyco: versions=all
async def add(a, b):
    print("adding", a, b)
    return a + b

c = add(2, 3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration carries", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
