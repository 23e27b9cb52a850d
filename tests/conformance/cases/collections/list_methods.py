xs = [5, 3, 8]
xs.append(1); print(xs)
xs.extend([9, 2]); print(xs)
xs.insert(0, 7); print(xs)
xs.insert(100, 0); print(xs)
print(xs.pop(), xs.pop(0), xs)
xs.remove(8); print(xs)
print(xs.index(9), xs.count(3))
xs.reverse(); print(xs)
xs.sort(); print(xs)
ys = xs.copy(); ys.clear(); print(xs, ys)
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
