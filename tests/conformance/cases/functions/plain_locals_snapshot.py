# pyco: versions=all
# locals() and vars() inside plain functions: which names appear (arguments, assigned locals,
# deleted and not-yet-assigned locals, free variables of closures) and their order. Writes to
# the dict never change the real local. (Whether two locals() calls return one dict is
# functions/plain_locals_identity.)


def simple(a, b=2, *args, **kw):
    c = a + b
    first = locals()
    print(sorted(first.items()))
    d = 'later'
    del c
    second = locals()
    print(sorted(second), 'c' in second, 'd' in second, 'first' in second)
    first['a'] = 'written'
    print('a is still', a)
    return list(locals())


print(simple(1))
print(simple(1, 5, 6, 7, k='v'))


def not_yet(flag):
    if flag:
        late = 1
    snapshot = locals()
    return sorted(snapshot)


print(not_yet(False), not_yet(True))


def outer(x):
    y = x * 2
    unused_by_inner = 'u'

    def inner(z):
        w = z + y
        return sorted(locals().items())

    return inner(10), sorted(k for k in locals() if k != 'inner')


print(outer(1))


def loop_locals(n):
    seen = []
    for i in range(n):
        total = i * i
        seen.append(sorted(locals()))
    return seen[0], seen[-1]


print(loop_locals(3))


def via_vars():
    alpha = 1
    beta = [alpha]
    return vars() == locals(), sorted(vars())


print(via_vars())


def recursive_locals(n):
    mine = 'level%d' % n
    if n:
        inner = recursive_locals(n - 1)
    else:
        inner = None
    return {'n': locals()['n'], 'mine': locals()['mine'], 'inner': inner}


print(recursive_locals(2))


def exec_in_function():
    x = 1
    ns = {}
    exec('y = x + 1', {'x': x}, ns)
    exec('x = 99')
    return x, ns


print(exec_in_function())
