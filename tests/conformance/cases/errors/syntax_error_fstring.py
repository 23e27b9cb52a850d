# pyco: versions=3.12,3.13
value = 3
print(f"{value!x}")
