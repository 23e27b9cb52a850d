# pyco: versions=all
# Tracebacks through chains of plain functions: every frame of the chain must appear with its
# line (and, from 3.11, its carets) whether the error comes from an operator, a local read,
# a global read, a division or a comparison. The last error is uncaught.
import traceback


def add_level4(a, b):
    total = a + b
    return total


def add_level3(a, b):
    return add_level4(a, b) * 2


def add_level2(a, b):
    result = add_level3(a, b)
    return result


def add_level1(a, b):
    return add_level2(a, b)


def unbound(flag):
    if flag:
        value = 1
    return value + 1


def unbound_caller(flag):
    return unbound(flag)


helper_value = 10


def read_global():
    return helper_value * 2


def read_global_caller():
    return [read_global() for _ in range(1)]


def div_mod(a, b):
    q = a // b
    r = a % b
    return q, r


def mod_only(a, b):
    return a % b


def div_caller(a, b, which):
    if which:
        return div_mod(a, b)
    return mod_only(a, b)


def show(label, fn, *args):
    try:
        print(label, 'returned', fn(*args))
    except Exception:
        print(label)
        print(traceback.format_exc(), end='')
        print('---')


show('add ok', add_level1, 1, 2)
show('add int+str', add_level1, 1, 'a')
show('add str+int', add_level1, 'a', 1)
show('add ok again', add_level1, 'x', 'y')
show('unbound ok', unbound_caller, True)
show('unbound', unbound_caller, False)
show('global ok', read_global_caller)
del helper_value
show('global deleted', read_global_caller)
helper_value = 3
show('global back', read_global_caller)
show('divmod ok', div_caller, -7, 2, True)
show('floordiv by zero', div_caller, 7, 0, True)
show('mod by zero', div_caller, 7, 0, False)
show('float mod by zero', div_caller, 7.5, 0.0, False)


def compare(a, b):
    if a < b:
        return 'less'
    return 'not less'


def compare_middle(a, b):
    answer = compare(a, b)
    return answer


def compare_top(pairs):
    out = []
    for a, b in pairs:
        out.append(compare_middle(a, b))
        print('compared', repr(a), repr(b), out[-1])
    return out


compare_top([(1, 2), (2.5, 1), ('a', 'b')])
compare_top([(1, 2), (3, 'x'), (0, 0)])
print('not reached')
