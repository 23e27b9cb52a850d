# pyco: versions=all
# An exception leaving a @contextmanager block unhandled keeps the traceback it had in the
# block: the generator and contextlib frames it went through are not shown.
from contextlib import contextmanager


@contextmanager
def section(title):
    print("begin", title)
    try:
        yield title.upper()
    finally:
        print("end", title)


@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"no such key: {e}") from e


with section("one") as s:
    print("inside", s)
try:
    with converting():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


def work(items):
    with section("work"):
        for item in items:
            print("item", 10 // item)


work([5, 2, 0])
