words = ["apple", "bob", "civic", "dog", "eve"]
print({w: len(w) for w in words})
print({w: w[::-1] for w in words if w == w[::-1]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({i: {j: i * j for j in range(3)} for i in range(2)})
print(dict(zip("abc", range(3))), dict([("x", 1), ("y", 2)]), dict(a=1, b=2))
