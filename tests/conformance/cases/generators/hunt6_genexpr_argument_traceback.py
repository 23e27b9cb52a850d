# pyco: versions=all
# An exception raised by the iterator a generator expression loops over: the genexpr frame
# points at the whole `(... for ...)` (with the call's parentheses) up to 3.12, at the iterable in 3.13.
def parse(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), int(value)

def total(pairs):
    return sum(v for _, v in pairs)

data = ["a = 1", "b = 2", "c = x"]
print(total(parse(data)))
