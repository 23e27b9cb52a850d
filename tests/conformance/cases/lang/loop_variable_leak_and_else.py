for i in range(3):
    pass
print("loop variable after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
squares = [k * k for k in range(4)]
try:
    print(k)
except NameError:
    print("comprehension variable does not leak")
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while-else runs, n =", n)
