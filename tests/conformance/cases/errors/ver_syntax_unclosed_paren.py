# pyco: versions=all
print("ok"
x = 1
