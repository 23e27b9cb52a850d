# pyco: versions=all
# Frame objects of plain functions: sys._getframe(0) is the running function's frame (code
# name, line), sys._getframe(1) the caller's, stopped on the line of the call; the f_back chain
# goes up to <module>; f_locals shows the frame's locals; inspect.currentframe() is
# sys._getframe(0); a depth beyond the stack raises ValueError.
import inspect
import sys


def where():
    me = sys._getframe(0)
    caller = sys._getframe(1)
    return me.f_code.co_name, me.f_lineno, caller.f_code.co_name, caller.f_lineno


def chain_names():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        if f.f_code.co_name == '<module>':
            break
        f = f.f_back
    return names


def level3():
    return chain_names(), where()


def level2():
    x = 'two'
    return level3()


def level1():
    return level2()


print(where())
print(level1())


def looping():
    lines = []
    for i in range(3):
        lines.append(sys._getframe().f_lineno)
        if i == 1:
            lines.append(sys._getframe().f_lineno)
    return lines


print(looping())


def peek_caller_locals():
    caller = sys._getframe(1)
    return sorted((k, v) for k, v in caller.f_locals.items() if not k.startswith('_'))


def has_locals(a, b=5):
    c = a * b
    seen = peek_caller_locals()
    d = 'after'
    return seen


print(has_locals(2))


def current():
    local_value = 42
    frame = inspect.currentframe()
    same = frame is sys._getframe(0)
    info = (frame.f_code.co_name, frame.f_locals['local_value'], same,
            frame.f_back.f_code.co_name, frame.f_globals is globals())
    del frame
    return info


print(current())


def too_deep():
    try:
        sys._getframe(1000)
    except ValueError as e:
        return 'ValueError: %s' % e


print(too_deep())


def recurse(n):
    if n == 0:
        depth = 0
        f = sys._getframe()
        while f.f_code.co_name == 'recurse':
            depth += 1
            f = f.f_back
        ns = []
        for k in range(4):
            ns.append(sys._getframe(k).f_locals['n'])
        return depth, f.f_code.co_name, ns
    return recurse(n - 1)


print(recurse(6))
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
