# pyco: versions=3.12,3.13
import itertools
print(list(itertools.pairwise("abcd")))
print(list(itertools.batched(range(7), 3)))
