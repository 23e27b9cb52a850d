words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "10", "9"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print("a" < "B", "abc" < "abd", "ab" < "abc", "Z" < "a")
print(max(words), min(words), "".join(sorted("hello")))
