for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    print("while", i)
    i += 1
else:
    print("while ended normally")
while True:
    i -= 1
    if i == 1:
        continue
    if i < 0:
        break
    print("countdown", i)
