s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.upper(), s.lower(), s.swapcase(), s.title())
print("python coroutines".capitalize(), "ß".upper(), "ǅ".lower())
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."))
print("hello".center(11, "*"), "hi".ljust(5, "-"), "hi".rjust(5, "."), "42".zfill(6), "-42".zfill(6))
print("Tab\tbed".expandtabs(4), "a" * 3, "-" * 0)
