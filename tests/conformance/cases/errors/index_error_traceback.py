# pyco: versions=3.11+
def third(items):
    return items[2]
data = [[1, 2, 3], [4, 5]]
for row in data:
    print(third(row))
