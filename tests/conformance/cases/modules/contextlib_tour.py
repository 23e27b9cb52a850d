import contextlib
@contextlib.contextmanager
def section(name):
    print(f"[{name}] start")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"[{name}] handled division error")
    finally:
        print(f"[{name}] end")
with section("a") as s:
    print("inside", s)
with section("b"):
    1 / 0
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(section(n))
    stack.callback(print, "callback registered last runs first")
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured text")
print("buffer holds:", repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print("nullcontext gives", v)
