# pyco: versions=3.7-3.10
# atexit._run_exitfuncs() runs the callbacks now and empties the list (nothing runs at exit);
# _clear() forgets them. Up to 3.9 it re-raises the last callback error after printing it.
# (3.7-3.10 only: the oracle of 3.11+ prints the failing call site without its <main> source line.)
import atexit


def say(word):
    print("say", word)


atexit.register(say, "one")
atexit.register(int, "bad callback")
atexit.register(say, "two")
try:
    atexit._run_exitfuncs()
    print("no exception")
except ValueError as e:
    print("re-raised", repr(e))
atexit.register(say, "cleared")
atexit._clear()
atexit._run_exitfuncs()
print("end")
