# pyco: versions=3.10-3.13
# A __bool__ that raises inside a conditional jump: 3.11 prints no carets, 3.12+ point at the test.
import traceback
class B:
    def __bool__(self):
        raise ValueError("b")
x = B()
def t(f):
    try: f()
    except ValueError: traceback.print_exc()
def f1():
    if x: pass
def f2():
    while x: pass
def f3():
    if not x: pass
def f4():
    return 1 if x else 2
def f5():
    return [1 for i in [1] if x]
def f6():
    if x and True: pass
def f7():
    return x or 1
def f8():
    assert x
for f in (f1, f2, f3, f4, f5, f6, f7, f8): t(f)
