# pyco: versions=all
# Code compiled from a string has no file: its frames show no source line in a traceback
# (linecache finds nothing for "<string>" or a made-up name).
import traceback

namespace = {}
exec("def divide(a, b):\n    return a / b\n", namespace)
try:
    namespace["divide"](1, 0)
except ZeroDivisionError:
    traceback.print_exc()
code = compile("items = []\nitems[3]\n", "<generated>", "exec")
try:
    exec(code)
except IndexError:
    traceback.print_exc()
try:
    eval("len(5)")
except TypeError:
    traceback.print_exc()
print("done")
