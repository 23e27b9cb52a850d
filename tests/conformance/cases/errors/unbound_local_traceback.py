# pyco: versions=3.12,3.13
total = 0
def add(n):
    total += n
    return total
add(5)
