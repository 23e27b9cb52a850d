# pyco: versions=all
def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def watcher():
    print("gi_running inside:", w.gi_running)
    yield 1

w = watcher()
print("gi_running before:", w.gi_running)
next(w)
print("gi_running after:", w.gi_running)
