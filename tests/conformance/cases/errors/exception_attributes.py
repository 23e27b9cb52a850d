try:
    raise OSError(2, "No such file", "data.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, e, type(e).__name__, isinstance(e, FileNotFoundError))
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, e.args, repr(e))
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e, e.args, str(Exception()), repr(Exception()))
print(KeyError("k"), str(KeyError("k")), repr(KeyError("k")), str(KeyError()))
