a = 1
b = [1, 2, 3]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class C:
    attr = 5
del C.attr
print(hasattr(C, "attr"))
x = y = z = 0
x += 1
print(x, y, z)
