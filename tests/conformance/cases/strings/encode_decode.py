s = "héllo wörld"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8"), s.encode("latin-1"), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(b"\xff".decode("utf-8", "replace"), list("abc".encode()))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(bytes.fromhex("48 69"), b"Hi".hex(), bytearray(b"ab") + b"c")
