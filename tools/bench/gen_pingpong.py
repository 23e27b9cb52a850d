# Generator ping-pong: 1,000,000 send() calls into a running-total coroutine.
def averager():
    total = 0
    count = 0
    value = yield
    while True:
        total += value
        count += 1
        value = yield total / count

g = averager()
next(g)
last = 0
for i in range(1000000):
    last = g.send(i)
print(last)
