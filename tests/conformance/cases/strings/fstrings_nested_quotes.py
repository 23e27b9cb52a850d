# pyco: versions=3.12,3.13
words = ["alpha", "beta"]
print(f"{", ".join(words)}")
print(f"{f"{f"{1 + 2}"}"}")
print(f"{'\n'.join(words)}")
