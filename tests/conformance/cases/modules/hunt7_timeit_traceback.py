# pyco: versions=all
# An exception in the timed statement, uncaught: the traceback goes through timeit.py's own
# frames (line numbers per version) and the "<timeit-src>" frame, which has no source line.
import timeit


def lookup(key):
    return {"a": 1}[key]


print(timeit.timeit(lambda: lookup("a"), number=3) >= 0)
timeit.repeat(lambda: lookup("b"), repeat=2, number=1)
