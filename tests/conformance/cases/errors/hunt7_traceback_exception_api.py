# pyco: versions=all
# traceback.TracebackException (from_exception, stack, __cause__/__context__, format(chain=),
# format_exception_only, limit=; 3.13 deprecates exc_type), and the pre-3.10 (etype, value, tb)
# signatures that refuse a lone exception.
import traceback, sys
def f():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("outer") from e
try:
    f()
except ValueError as exc:
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name)
    print(type(te.__cause__).__name__, te.__cause__.exc_type.__name__, te.__context__ is not None, te.__suppress_context__)
    print("".join(te.format()), end="")
    print("".join(te.format(chain=False)), end="")
    print(list(te.format_exception_only()))
    te2 = traceback.TracebackException(type(exc), exc, exc.__traceback__, limit=1)
    print("".join(te2.format()), end="")
for fn in (traceback.format_exception, traceback.format_exception_only):
    try:
        print(len(fn(KeyError("z"))))
    except TypeError as e:
        print("TypeError:", e)
try:
    compile("x = = 1", "<s>", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.msg, repr(te.text))
