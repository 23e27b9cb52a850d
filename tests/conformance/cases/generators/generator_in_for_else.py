# pyco: versions=all
def until(limit):
    n = 0
    while n < limit:
        yield n
        n += 2

for v in until(7):
    print("v", v)
else:
    print("loop finished without break")

for v in until(100):
    if v > 5:
        print("breaking at", v)
        break
else:
    print("not printed")
