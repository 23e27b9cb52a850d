# pyco: versions=all
# limit= and chain= of the traceback module's formatters, extract_tb/format_tb limits, and
# sys.tracebacklimit there (the outermost frames).
import sys
import traceback


def level3():
    raise KeyError("deep")


def level2():
    level3()


def level1():
    try:
        level2()
    except KeyError as e:
        raise ValueError("wrapped") from e


try:
    level1()
except ValueError as exc:
    print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__, limit=1)))
    print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__, limit=-1, chain=False)))
    print(traceback.format_exc(limit=0))
    traceback.print_exc(limit=2, file=sys.stdout)
    traceback.print_exception(type(exc), exc, exc.__traceback__, chain=False, file=sys.stdout)
    tb = exc.__cause__.__traceback__
    print([fs.name for fs in traceback.extract_tb(tb)], [fs.name for fs in traceback.extract_tb(tb, limit=-1)])
    print(traceback.format_tb(tb, limit=1))
    for fs in traceback.extract_tb(tb):
        print(fs.lineno, fs.line, repr(fs))
sys.tracebacklimit = 1
try:
    level1()
except ValueError:
    traceback.print_exc(file=sys.stdout)
