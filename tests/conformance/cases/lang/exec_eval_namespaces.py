ns = {"x": 3}
exec("y = x * 2\nz = [x, y]", ns)
print(ns["y"], ns["z"], sorted(k for k in ns if k != "__builtins__"))
print(eval("x + y", ns), eval("x", {"x": 1}, {"x": 2}))
local = {}
exec("def f(n):\n    return n + 1", {}, local)
print(local["f"](41))
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
