calls = 0
def tracked():
    global calls
    calls += 1
    return calls
for _ in range(4):
    tracked()
print("calls", calls)
def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
print(acc(5), acc(10), acc(-3))
other = make_acc()
print(other(1), acc(0))
