a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(len(t[0]), type(t[0][0]).__name__)
try:
    t[0] += [1]
except TypeError as e:
    print("TypeError:", e)
print(t[0][-1])
