# pyco: versions=all
# A finally block that raises while a dropped generator is closed: reported as ignored (the
# report, read back from a redirected sys.stderr, without the object's address).
import io
import re
import sys
def bad(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)
        raise ValueError("in finally " + name)
def first(it):
    return next(it)
def show(buf):
    # (source lines left out: CPython's printer shows none for the oracle's "<main>")
    for line in buf.getvalue().splitlines():
        if not line.startswith("    "):
            print("  stderr:", re.sub(r" at 0x[0-9a-f]+", "", line))
sys.stderr = buf = io.StringIO()
print(next(bad("next")))
print("after next")
print(first(bad("param")))
a = bad("alias")
b = a
next(b)
del a
print("del a")
del b
print("del b")
for x in bad("loop"):
    break
sys.stderr = sys.__stderr__
show(buf)
