# pyco: versions=all
# Global and builtin lookups from plain functions must be made at each execution: a function
# that rebinds its own global name while recursing, a global callee that changes between
# calls, a builtin shadowed by a global and then deleted, and functions whose __globals__ is
# another dict (exec with custom globals).
import builtins


def walk(n):
    global walk
    if n == 3:
        walk = replacement
    if n == 0:
        return ['end']
    # The recursive call looks `walk` up again: after the rebinding it reaches replacement.
    return ['walk%d' % n] + walk(n - 1)


def replacement(n):
    if n == 0:
        return ['rep-end']
    return ['rep%d' % n] + replacement(n - 1)


original_walk = walk
print(walk(5))
print(walk is replacement, original_walk.__name__, walk.__name__)
print(original_walk(2))
walk = original_walk
print(walk(4))


def step(x):
    return x + 1


def apply_step(values):
    out = []
    for v in values:
        out.append(step(v))
    return out


print(apply_step([1, 2, 3]))


def step(x):  # noqa: F811 - redefinition is the point
    return x * 10


print(apply_step([1, 2, 3]))
step = lambda x: -x
print(apply_step([1, 2, 3]))


def switcher(values):
    # Rebinds the global callee in the middle of its own loop.
    global step
    out = []
    for i, v in enumerate(values):
        if i == 2:
            step = str
        out.append(step(v))
    return out


print(switcher([4, 5, 6, 7]))
print(apply_step([8, 9]))


def measure(seq):
    return len(seq)


def measure_many(seqs):
    return [measure(s) for s in seqs] + [len(seqs)]


print(measure('abc'), measure_many(['', 'xy', [1, 2, 3]]))
len = lambda x: 42
print(measure('abc'), measure_many(['', 'xy']))
del len
print(measure('abc'), measure_many(['', 'xy']))
try:
    del len
except NameError as e:
    print('NameError', e)


# Shadowing a builtin inside the builtins module itself, and restoring it.
saved_abs = builtins.abs


def absolute(x):
    return abs(x)


print(absolute(-5))
builtins.abs = lambda x: 'patched'
print(absolute(-5))
abs = lambda x: 'module global'
print(absolute(-5))
del abs
print(absolute(-5))
builtins.abs = saved_abs
print(absolute(-5))


def recursing_rebinder(n, log):
    # Each level reads the global `factor`, which the previous level changed.
    global factor
    log.append(factor)
    factor = factor * 2
    if n:
        recursing_rebinder(n - 1, log)
    return log


factor = 1
print(recursing_rebinder(5, []), factor)


source = '''
counter = 0

def bump(k):
    global counter
    counter += k
    return counter

def get_name():
    return NAME

def uses_len(s):
    return len(s)
'''
g1 = {'NAME': 'first'}
g2 = {'NAME': 'second'}
exec(source, g1)
exec(source, g2)
bump1, bump2 = g1['bump'], g2['bump']
print(bump1(1), bump1(2), bump2(10), bump1(3), bump2(20))
print(g1['counter'], g2['counter'], 'counter' in globals())
print(g1['get_name'](), g2['get_name']())
g1['NAME'] = 'changed'
print(g1['get_name'](), g2['get_name']())
del g2['NAME']
try:
    g2['get_name']()
except NameError as e:
    print('NameError', e)
print(g1['uses_len']('abcd'), g2['uses_len']('abc'))
g2['len'] = lambda s: 'len from g2'
print(g1['uses_len']('abcd'), g2['uses_len']('abc'))
del g2['len']
print(g1['uses_len']('abcd'), g2['uses_len']('abc'))
print(bump1.__globals__ is g1, bump2.__globals__ is g2, measure.__globals__ is globals())


def call_foreign(fn, times):
    return [fn(1) for _ in range(times)]


print(call_foreign(bump1, 3), call_foreign(bump2, 2))
