s = slice(1, 8, 2)
data = list(range(10))
print(data[s], s.start, s.stop, s.step, s.indices(5))
print("abcdefgh"[slice(None, None, -2)], data[slice(3)])
