# pyco: versions=all
import sys
v = sys.version_info
print(v[:2], v.major, v.minor >= 7, tuple(v)[:2] >= (3, 7))
print("3.10+ syntax available:", sys.version_info >= (3, 10))
print(sys.version.split()[0].startswith(f"{v.major}.{v.minor}."))
print(type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.getrecursionlimit(), len(sys.argv))
