from collections import deque
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); print(d)
d.append(5); print(d, len(d))
d.rotate(2); print(d)
d.rotate(-1); print(d)
print(d.pop(), d.popleft(), d)
d.extendleft([10, 20]); print(d)
print(list(reversed(d)), d[0], d[-1], d.count(10), d.maxlen)
d.clear(); print(d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
