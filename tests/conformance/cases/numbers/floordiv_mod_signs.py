pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (0, 5)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}")
print(5 / 2, -5 / 2, 4 / 2, type(4 / 2).__name__)
print(10 ** -2, 2 ** -1, (-8) ** (1 / 3) if False else "skip")
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
