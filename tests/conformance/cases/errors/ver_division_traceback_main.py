# pyco: versions=all
numbers = [4, 2, 0]
for n in numbers:
    print(12 // n)
