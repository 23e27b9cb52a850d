# pyco: versions=3.10+
1 = x
