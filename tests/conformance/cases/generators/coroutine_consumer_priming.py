# pyco: versions=all
def primed(func):
    def wrapper(*a, **k):
        g = func(*a, **k)
        next(g)
        return g
    return wrapper

@primed
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
for v in (10, 20, 30, 5):
    print("average now", a.send(v))
