a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 >> 10, -16 >> 2, 1 << 100)
print(bin(a & b), format(a ^ b, "08b"))
print((5).bit_count() if hasattr(int, "bit_count") else bin(5).count("1"))
x = 0
for i in (1, 3, 5):
    x |= 1 << i
print(bin(x), x)
