for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375):
    print(x, round(x), round(x, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7.0), type(round(7.0)).__name__, type(round(7.0, 1)).__name__)
print(round(123.456, 1), round(-0.45, 1), round(2.5e-8, 9))
