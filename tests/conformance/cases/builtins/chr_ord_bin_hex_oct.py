print(bin(10), bin(-10), hex(255), hex(-1), oct(64), oct(-8))
print(int(bin(37), 2), int(hex(999), 16), format(10, "#010b"))
print(chr(97), ord("a"), [chr(i) for i in range(0x3b1, 0x3b6)])
print(format(1234, "x"), format(3.5, "e"), format("s", ">4"), format(0.5, "%"))
