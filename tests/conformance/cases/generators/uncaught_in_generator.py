# pyco: versions=3.12,3.13
def parse(items):
    for raw in items:
        yield int(raw)

def total(items):
    return sum(parse(items))

print(total(["1", "2", "3"]))
print(total(["4", "five"]))
