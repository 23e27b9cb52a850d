import itertools
records = [("fruit", "apple"), ("veg", "leek"), ("fruit", "pear"), ("grain", "rice"), ("veg", "kale")]
for key, grp in itertools.groupby(sorted(records), key=lambda r: r[0]):
    print(key, [name for _, name in grp])
for key, grp in itertools.groupby(records, key=lambda r: r[0]):
    print("unsorted", key, len(list(grp)))
print(list(itertools.islice(itertools.permutations(range(4)), 5)))
print(sum(1 for _ in itertools.combinations(range(10), 3)))
