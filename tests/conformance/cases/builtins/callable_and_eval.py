print(callable(len), callable(3), callable(lambda: 0), callable(str))
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("y = 5\ndef f(): return y * 2", ns)
print(ns["y"], ns["f"]())
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}))
