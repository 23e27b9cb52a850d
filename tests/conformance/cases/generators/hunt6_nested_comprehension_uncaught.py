# pyco: versions=all
def bad_iter(n):
    for i in range(n):
        if i == 2:
            raise IndexError(f"bad {i}")
        yield i

def rows():
    yield [1, 2]
    yield bad_iter(5)

result = [
    x * 10
    for row in rows()
    for x in row
]
