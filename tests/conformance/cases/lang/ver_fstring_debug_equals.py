# pyco: versions=all
x, name = 42, "py"
try:
    print(eval('f"{x=}"'), eval('f"{name=!r:>6}"'), eval('f"{x * 2 = }"'))
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(f"{x:>{5}}|{name!r}")
