# pyco: versions=all
src = "def f(a, /, b):\n    return a + b\nprint(f(1, b=2))\n"
try:
    exec(compile(src, "<snippet>", "exec"))
except SyntaxError as e:
    print("SyntaxError:", e.msg)
