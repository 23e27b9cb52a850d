def report(title, *items, sep=", ", **meta):
    print(title, "|", sep.join(map(str, items)), "|", sorted(meta.items()))

report("empty")
report("nums", 1, 2, 3)
report("sep", "a", "b", sep="/")
report("meta", 1, color="red", size=3)
def count(*a, **k):
    return len(a), len(k)
print(count(), count(1, 2, x=3), count(*range(5), **{"a": 1}))
