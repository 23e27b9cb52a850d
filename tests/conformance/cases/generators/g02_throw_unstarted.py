# pyco: versions=all
def guarded():
    print("body started")
    try:
        yield 1
    finally:
        print("finally in guarded")

g = guarded()
try:
    g.throw(ValueError("thrown before start"))
except ValueError as e:
    print("ValueError propagated:", e)
try:
    next(g)
except StopIteration:
    print("generator is finished: StopIteration")
try:
    g.throw(KeyError("again"))
except KeyError as e:
    print("throw into closed generator re-raises:", repr(e))
