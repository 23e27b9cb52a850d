from collections import Counter
c = Counter("abracadabra")
print(c.most_common(3))
print(c["a"], c["z"], sum(c.values()), sorted(c.elements())[:6])
c.update("aaz"); print(c.most_common(2), c["z"])
d = Counter(a=3, b=1) - Counter(a=1, b=5)
print(d, Counter(a=1) + Counter(a=2, b=1), Counter(a=3) & Counter(a=1, b=2), Counter(a=1) | Counter(a=3))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common())
