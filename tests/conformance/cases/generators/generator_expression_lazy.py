# pyco: versions=all
def noisy(n):
    print("  computing", n)
    return n * n

squares = (noisy(i) for i in range(5))
print("generator created, nothing computed yet")
print("first:", next(squares))
print("second:", next(squares))
print("rest:", list(squares))
print("exhausted again:", list(squares))
data = [3, 1, 2]
ge = (x * 10 for x in data)
data.append(99)
print("late binding of the iterable contents:", list(ge))
outer = (x for x in [1, 2])
data = [7, 8]
