print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 8), pow(2, -2), pow(3, 4, 5), pow(-2, 3))
print(round(3.14159, 3), round(-2.5), round(0.5), round(1.5))
print(abs(-0), max(-0.0, 0.0), min(0.0, -0.0))
