inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan > 0, nan < 0, nan == nan, min(1, nan), max(nan, 1))
print(1e-320, 1e-320 * 1e10, 2 ** 1023 * 2.0)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 > 1e308, 10 ** 400 * 0.0 if False else "skip")
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
