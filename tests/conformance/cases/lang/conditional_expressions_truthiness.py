for v in [0, 1, "", "a", [], [0], {}, None, 0.0, -1, set(), (None,)]:
    print(repr(v), "truthy" if v else "falsy")
print(1 if [] else 2 if {} else 3)
x = None
print(x or "default", x and x.attr)
