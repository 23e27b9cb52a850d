words = ["kiwi", "fig", "banana", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([], default=None), min((), default="none"), max(3, 1, 2), min("hello"))
print(max([(1, "b"), (1, "a"), (0, "z")]), max(words, key=lambda w: w[-1]))
print(min([2, 1, 1.0, True], key=abs))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
