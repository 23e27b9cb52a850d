class Counter:
    total = 0
    shared = []
    def __init__(self):
        Counter.total += 1
        self.mine = []
a, b = Counter(), Counter()
a.shared.append("a")
a.mine.append("only a")
b.total = 100
print(Counter.total, a.total, b.total, Counter.shared, b.shared, b.mine)
del b.total
print(b.total, "total" in vars(a), sorted(vars(a)))
Counter.total = 7
print(a.total)
