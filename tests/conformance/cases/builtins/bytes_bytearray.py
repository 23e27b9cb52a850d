b = b"hello"
print(b[0], b[1:3], b.upper(), b.split(b"l"), list(b), len(b))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), ba.decode(), bytes(3), bytes([104, 105]))
print(b"x" * 3, b"a" + b"b", b"ab" in b"cabd", b"%d-%s" % (5, b"z"))
