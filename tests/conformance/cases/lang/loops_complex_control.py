results = []
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        results.append((i, j))
print(results)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
total = 0
for k in range(10, 0, -3):
    total += k
    print("k", k, "total", total)
