from collections import defaultdict, OrderedDict
groups = defaultdict(list)
for word in ["ant", "bee", "ape", "bat", "cow"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(list(od))
od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
