# pyco: versions=all
data = {}
data.keys() = 5
