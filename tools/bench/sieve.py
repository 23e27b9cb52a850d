# Loop-heavy: sieve of Eratosthenes up to 2,000,000, three times.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return sum(1 for f in flags if f)

for _ in range(3):
    count = sieve(2000000)
print(count)
