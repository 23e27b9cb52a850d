# pyco: versions=all
items = [1, 2 3]
