# pyco: versions=all
# atexit: callbacks run after the module ends, last registered first, with their arguments;
# unregister() removes every registration of a function; one registered while they run is not
# called; a failing callback (here int('not a number')) is reported, wording per version, and
# the others still run.
import atexit


def farewell(name, punct="!"):
    print("farewell", name + punct)


def late():
    print("registered during exit (never printed)")


def registers_more():
    print("registers_more runs")
    atexit.register(late)


atexit.register(farewell, "first")
atexit.register(int, "not a number")
atexit.register(farewell, "second", punct="?")
atexit.register(registers_more)


@atexit.register
def decorated():
    print("decorated runs")


print("decorator returns the function:", decorated.__name__)


def dropped():
    print("dropped (never printed)")


atexit.register(dropped)
atexit.register(dropped)
print("unregister returns", atexit.unregister(dropped))
try:
    atexit.register("not callable")
except TypeError as e:
    print("TypeError:", e)
print("end of the module")
