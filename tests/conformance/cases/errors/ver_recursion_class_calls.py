# pyco: versions=3.7-3.12
# Calling a class runs through tp_call, a C call that counts one level of the recursion limit
# up to 3.11 (3.12 counts it apart), so each level of a recursion through __init__ takes two.
# (3.13 specialises such calls with a frame of its own, which counts: not modelled yet.)
import sys


def report(name, fn):
    try:
        fn()
    except RecursionError as e:
        tb = e.__traceback__
        depth = 0
        while tb.tb_next:
            tb = tb.tb_next
            depth += 1
        print(f"{name}: {e} (depth {depth}, line {tb.tb_lineno})")


class Node:
    def __init__(self, n):
        self.next = Node(n + 1)


class Callable:
    def __call__(self, n):
        return self(n + 1)


sys.setrecursionlimit(150)
report("__init__", lambda: Node(0))
report("__call__", lambda: Callable()(0))
Node(0)
