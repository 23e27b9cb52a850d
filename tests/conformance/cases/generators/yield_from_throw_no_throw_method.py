# pyco: versions=all
class Counter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("counter done")
        return self.i

def wrap():
    r = yield from Counter()
    print("yield from a plain iterator returns", r)
    yield "after"

w = wrap()
print(list(w))
w2 = wrap()
next(w2)
try:
    w2.throw(RuntimeError("into plain iterator"))
except RuntimeError as e:
    print("re-raised:", e)
