class AppError(Exception):
    pass

def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("config missing") from e

def load_implicit():
    try:
        int("x")
    except ValueError:
        raise AppError("bad number")

def load_suppressed():
    try:
        [][0]
    except IndexError:
        raise AppError("hidden cause") from None

for fn in (load, load_implicit, load_suppressed):
    try:
        fn()
    except AppError as e:
        print(fn.__name__, "|", e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
