# pyco: versions=3.10+
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
