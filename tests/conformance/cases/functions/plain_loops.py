# pyco: versions=all
# Long-running loops inside plain functions: while and for-over-range loops (nested), with a
# print every N iterations, break/continue, for-else and while-else (taken and not taken), a
# return from inside nested loops, loop variables after the loop, and range edge cases.


def summing_while(n, every):
    i = 0
    total = 0
    while i < n:
        total += i * i % 7
        i += 1
        if i % every == 0:
            print('  while at', i, 'total', total)
    return i, total


print(summing_while(5000, 1000))


def nested_for(rows, cols, every):
    count = 0
    acc = 0
    for r in range(rows):
        for c in range(cols):
            if (r + c) % 3 == 0:
                continue
            acc += r * c - c
            count += 1
            if count % every == 0:
                print('  nested at r=%d c=%d count=%d acc=%d' % (r, c, count, acc))
    return count, acc, r, c


print(nested_for(60, 50, 500))


def find_pair(limit, target):
    for a in range(1, limit):
        for b in range(a, limit):
            if a * a + b * b == target:
                return 'found', a, b
            if a * a + b * b > target:
                break
    return 'none'


print(find_pair(100, 5525), find_pair(100, 3), find_pair(300, 90001))


def first_multiple(values, k):
    for v in values:
        if v % k == 0:
            print('  break at', v)
            break
    else:
        print('  for-else taken')
        v = None
    return v


print(first_multiple(range(1, 50), 13), first_multiple(range(1, 12), 13), first_multiple([], 2))


def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 7:
            break
    else:
        return 'else after %d' % i
    return 'broke at %d' % i


print(while_else(5), while_else(10), while_else(0))


def collatz_steps(limit):
    best = (0, 0)
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > best[1]:
            best = (start, steps)
            print('  new best', best)
    return best


print(collatz_steps(300))


def primes_below(n):
    out = []
    candidate = 2
    while True:
        if candidate >= n:
            break
        d = 2
        while d * d <= candidate:
            if candidate % d == 0:
                break
            d += 1
        else:
            out.append(candidate)
        candidate += 1
    return len(out), out[-5:]


print(primes_below(3000))


def ranges():
    out = []
    for r in (range(0), range(5, 0, -1), range(-3, 3, 2), range(10, 3), range(0, -10, -4),
              range(2**53, 2**53 + 3), range(2**63 - 1, 2**63 + 1)):
        seen = []
        for x in r:
            seen.append(x)
        out.append((len(r), seen))
    return out


for item in ranges():
    print(item)


def loop_var_after():
    for i in range(3):
        pass
    j = 'untouched'
    for j in range(0):
        pass
    k = 0
    while k < 5:
        k += 2
    return i, j, k


print(loop_var_after())


def triple_nested_return(n):
    visited = 0
    for a in range(n):
        for b in range(n):
            c = 0
            while c < n:
                visited += 1
                if a * 100 + b * 10 + c == 123:
                    return 'hit', a, b, c, visited
                c += 1
    return 'miss', visited


print(triple_nested_return(5), triple_nested_return(2))


def mutate_while_iterating():
    items = [1, 2, 3]
    out = []
    for x in items:
        out.append(x)
        if x < 6:
            items.append(x + 3)
    return out


print(mutate_while_iterating())


def countdown_continue(n):
    kept = []
    while n > 0:
        n -= 1
        if n % 3:
            continue
        kept.append(n)
    return kept


print(countdown_continue(20))
