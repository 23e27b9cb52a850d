print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([[row * col for col in range(1, 4)] for row in range(1, 4)])
print([y for x in [[1, 2], [3], []] for y in x])
print([v.upper() if v.islower() else v for v in "aBcD"])
x = "outer"
print([x for x in "in"], x)
print([(i, c) for i, c in enumerate("xyz") if i != 1])
