# pyco: versions=all
# Timer.print_exc() prints the handled exception with the "<timeit-src>" lines of its Timer
# (CPython puts them into linecache for that print).
import sys
import timeit


def lookup(key):
    return {"a": 1}[key]


t = timeit.Timer(lambda: lookup("b"), setup="pass")
try:
    t.timeit(number=1)
except KeyError:
    t.print_exc(file=sys.stdout)
s = timeit.Timer("items.pop()", setup="items = []")
try:
    s.repeat(repeat=3, number=1)
except IndexError:
    s.print_exc()
print("end")
