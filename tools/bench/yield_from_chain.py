# A `yield from` chain of depth 10 passing 200,000 values up to the consumer.
def source(n):
    for i in range(n):
        yield i

def relay(inner, depth):
    if depth == 0:
        yield from inner
    else:
        yield from relay(inner, depth - 1)

total = 0
for v in relay(source(200000), 9):
    total += v
print(total)
