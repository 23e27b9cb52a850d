import copy
a = [1, [2, 3]]
b = a
c = a[:]
d = copy.deepcopy(a)
a[1].append(4)
a.append(5)
print(a, b, c, d)
print(a is b, a is c, a == c, a[1] is c[1], a[1] is d[1])
e = list(a)
print(e == a, e is a)
