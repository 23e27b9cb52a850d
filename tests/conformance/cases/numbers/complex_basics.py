z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z * (1 - 2j), z / 2, z ** 2)
print(complex(1, -1), complex("2+3j"), 1j * 1j)
print(repr(complex(0, 0)), -z)
