print(int(3.99), int(-3.99), int("42"), int(" -17 "), int(True))
print(float(7), float("1e3"), float(2 ** 60))
print(int(1e20), int(-1e-5))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(7 == 7.0, hash(7) == hash(7.0), 0.1 + 0.7)
print(isinstance(True, int), True + True, False * 10)
try:
    int("3.5")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
