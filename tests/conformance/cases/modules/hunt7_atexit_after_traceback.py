# pyco: versions=all
# atexit callbacks run after an uncaught exception's traceback is printed;
# the exit status stays the program's. A SystemExit in a callback (sys.exit(7)) is silent up to 3.9 and
# reported from 3.10.
import atexit
import sys


def cleanup(resource):
    print("closing", resource)


atexit.register(cleanup, "database")
atexit.register(sys.exit, 7)
atexit.register(cleanup, "cache")


def work():
    print("working")
    raise RuntimeError("work failed")


try:
    work()
finally:
    print("finally block")
