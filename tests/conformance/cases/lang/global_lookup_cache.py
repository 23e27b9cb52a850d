# pyco: versions=3.8,3.13
# Global and builtin lookups seen again and again from the same instruction must notice every
# change: a new global shadowing a builtin, a deleted global revealing it, rebinding, clear().
import builtins


def lookups():
    return len("abc"), value


value = 1
results = []
for step in range(6):
    if step == 1:
        value = 2
    if step == 2:
        len = lambda s: -1  # a global now shadows the builtin
    if step == 3:
        del len  # the builtin shows again
    if step == 4:
        globals()["value"] = 40
        builtins.len = lambda s: 99  # rebinding a builtin
    if step == 5:
        del builtins.len
        try:
            results.append(lookups())
        except NameError as e:
            results.append(str(e))
        builtins.len = lambda s: 7
    results.append(lookups())
print(results)

namespace = {"value": "other"}
exec("def f():\n    return value\n", namespace)
code = namespace["f"].__code__
print(namespace["f"](), lookups())
namespace["value"] = "changed"
print(namespace["f"]())
for i in range(3):
    g = {"value": i}
    exec(code, g)  # the same code object with other globals dicts
    exec("r = value", g)
    print(g["r"])


def many():
    total = 0
    for i in range(5):
        total += counter
    return total


counter = 3
print(many())
for k in list(globals()):
    if k.startswith("tmp"):
        del globals()[k]
for n in range(50):
    globals()["tmp%d" % n] = n  # grow and reshape the dict
for n in range(50):
    del globals()["tmp%d" % n]
counter = 4
print(many())
del counter
try:
    many()
except NameError as e:
    print("NameError:", e)
