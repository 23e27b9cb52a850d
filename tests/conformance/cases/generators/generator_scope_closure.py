# pyco: versions=all
def make_counters():
    gens = []
    for step in (1, 10):
        def counter(start=0, step=step):
            n = start
            while True:
                yield n
                n += step
        gens.append(counter())
    return gens

a, b = make_counters()
print([next(a) for _ in range(4)], [next(b) for _ in range(4)])
lazy = [(lambda: i) for i in range(3)]
print([f() for f in lazy])
