# pyco: versions=3.7,3.8,3.9,3.10,3.13
# sys.tracebacklimit on an uncaught exception: each traceback of the chain keeps its innermost
# frames. (Not 3.11/3.12: their oracle prints through the traceback module, which keeps the
# outermost ones, unlike their C printer.)
import sys


def level3():
    raise KeyError("deep")


def level2():
    level3()


def level1():
    try:
        level2()
    except KeyError as e:
        raise ValueError("wrapped") from e


sys.tracebacklimit = 2
level1()
