# pyco: versions=all
# Before 3.13, every locals() call in a function returns the frame's one locals dict,
# refreshed from the fast locals (a deleted local disappears from it, names it did not have
# appear); from 3.13 (PEP 667) each call returns a new independent snapshot.


def f(a):
    c = a + 1
    first = locals()
    print(sorted(first))
    d = 'later'
    del c
    second = locals()
    print('same dict:', first is second)
    print('first now:', sorted(first))
    print('second:', sorted(second))
    first['extra'] = 1
    third = locals()
    print('extra kept:', 'extra' in third)
    return a


print(f(1))
print(f(2))
