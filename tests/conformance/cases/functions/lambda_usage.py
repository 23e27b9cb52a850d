square = lambda x: x * x
print(square(7), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(square.__name__, (lambda: None)())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(9) + "!")
