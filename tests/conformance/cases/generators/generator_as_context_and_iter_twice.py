# pyco: versions=all
def numbers():
    print("  numbers starts")
    yield 1
    yield 2

g = numbers()
print(iter(g) is g)
print(list(g), list(g))
for x in numbers():
    print("first loop", x)
    break
it = numbers()
a = next(it)
rest = list(it)
print(a, rest)
print(sum(numbers()), 2 in numbers(), 5 in numbers())
