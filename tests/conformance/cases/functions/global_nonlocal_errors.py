src_bad = """
def f():
    nonlocal q
"""
try:
    compile(src_bad, "<snippet>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
src2 = """
x = 1
def g():
    print(x)
    global x
"""
try:
    compile(src2, "<snippet>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
