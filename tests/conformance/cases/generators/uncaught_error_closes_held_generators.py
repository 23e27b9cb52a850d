# pyco: versions=all
# An uncaught exception: the traceback is printed, then shutdown frees the frames it kept
# (their suspended generators are closed) and then the globals.
def stage(n):
    try:
        yield n
    finally:
        print("stage", n, "closed")


first = stage(1)
next(first)


def main():
    second = stage(2)
    next(second)
    raise KeyError("missing")


main()
