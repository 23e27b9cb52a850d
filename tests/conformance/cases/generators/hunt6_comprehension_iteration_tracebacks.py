# pyco: versions=3.8+
# Where each version locates the iteration of a comprehension's for clauses in tracebacks.
import traceback

def failing(limit):
    for i in range(limit):
        yield i
    raise LookupError(f"source ran dry at {limit}")

def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=__import__("sys").stdout)
        print("-" * 20)

show(lambda: sum(x for x in failing(2)))
show(lambda: sum(
    x
    for x in failing(3)
))
show(lambda: max((x for x in failing(1)), default=0))
show(lambda: {x: x for x in failing(2)})
show(lambda: {x for x in failing(2)})
show(lambda: [y for x in [1, 2] for y in failing(x)])
show(lambda: list(x * y for x in range(2) for y in failing(2)))
show(lambda: sorted(x for x in [3, None, 1]))
show(lambda: any(1 / x for x in [1, 0]))
