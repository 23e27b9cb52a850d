# pyco: versions=3.8+
for i in range(3):
    if i:
    print(i)
