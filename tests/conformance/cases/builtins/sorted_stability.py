records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
print(sorted(by_num, key=lambda r: r[0]))
print(sorted(records, key=lambda r: r[1], reverse=True))
words = ["bb", "A", "a", "B", "aa", "Aa"]
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
