s = "mississippi"
print("ss" in s, "x" not in s, s.count("ss"), s.count("i"))
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(enumerate("abc")), list(zip("abc", "12345")))
print([c for c in s if c not in "aeiou"])
print(s.translate(str.maketrans("is", "IS")), s.translate(str.maketrans("", "", "s")))
