# pyco: versions=all
def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(5)))
print(sum(countdown(100)))
print(max(countdown(7)), min(countdown(7)))
print(sorted(countdown(4)))
print(dict(zip("abc", countdown(3))))
print(", ".join(str(x) for x in countdown(3)))
print(any(x > 4 for x in countdown(5)), all(x > 1 for x in countdown(5)))
