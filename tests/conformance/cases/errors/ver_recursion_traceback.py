# pyco: versions=all
def descend(n):
    return descend(n + 1) + 1

descend(0)
