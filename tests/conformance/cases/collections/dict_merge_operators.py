# pyco: versions=3.9+
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
a |= [("k", 1)]
print(a)
