# pyco: versions=3.11+
def risky():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])

try:
    risky()
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* (TypeError, KeyError) as g:
    print("others:", [repr(e) for e in g.exceptions])
try:
    try:
        risky()
    except* ValueError:
        print("handled only ValueErrors")
except ExceptionGroup as rest:
    print("re-raised remainder:", rest.message, [type(e).__name__ for e in rest.exceptions])
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, ValueError)))
