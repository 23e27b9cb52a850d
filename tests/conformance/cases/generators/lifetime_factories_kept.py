# pyco: versions=all
# Functions returning a generator they (or something they call) also keep elsewhere: a
# defaultdict, an lru_cache, a dict, a global, a list, a second variable. Nothing is closed
# until the explicit close() at the end.
from collections import defaultdict
from inspect import getgeneratorstate as state
import functools
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

def make(name="dd"):
    return gen(name)
d = defaultdict(make)
for x in d["k"]:
    break
print("defaultdict kept:", state(d["k"]))
print(next(d.__getitem__("j")), state(d["j"]))
@functools.lru_cache(maxsize=None)
def cached(name):
    return gen(name)
for x in cached("lru"):
    break
print("lru kept:", state(cached("lru")))
CACHE = {}
def memo(name, make_new):
    if make_new:
        return CACHE.setdefault(name, gen(name))
    return CACHE[name]
for x in memo("memo", True):
    break
print("memo kept:", state(CACHE["memo"]))
def pick(fn):
    return fn()
G = gen("global-G")
for i in range(3):
    for x in pick(lambda: G):
        break
print("G kept:", state(G))
holder = []
def registering(name):
    g = gen(name)
    holder.append(g)
    return g
print(next(registering("reg")), state(holder[0]))
def twice(name):
    g = gen(name)
    return g, g
a, b = twice("pair")
next(a)
del a
print("b kept:", state(b))
for g in [d["k"], d["j"], cached("lru"), CACHE["memo"], G, holder[0], b]:
    g.close()
print("end")
