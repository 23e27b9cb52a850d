# pyco: versions=all
def numbers():
    yield 1
    raise StopIteration

for n in numbers():
    print(n)
