a, b, c = 1, 5, 10
print(a < b < c, a < b > c, a == 1 < b, 1 < 3 > 2 == 2)
print(1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(None is None, 0 is not None, not 0, not [], not [0])
print(max(3, 7) if 3 < 7 else None, 5 if 0 else 6)
print(float("nan") == float("nan"), float("nan") != float("nan"))
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError:", e)
