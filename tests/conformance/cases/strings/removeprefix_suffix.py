# pyco: versions=3.9+
for s in ("test_case.py", "case.py", "test_", "py"):
    print(repr(s.removeprefix("test_")), repr(s.removesuffix(".py")))
