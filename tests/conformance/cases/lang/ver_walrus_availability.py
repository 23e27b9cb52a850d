# pyco: versions=all
src = "print([y for x in range(4) if (y := x * x) > 2])"
try:
    exec(src)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
