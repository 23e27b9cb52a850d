# pyco: versions=3.10+
counter = 10
print(countr)
