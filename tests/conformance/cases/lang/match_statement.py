# pyco: versions=3.10+
def describe(obj):
    match obj:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list starting {x} with {len(rest)} more"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case str() | bytes():
            return "text-ish"
        case _:
            return "something else"

for o in (0, -5, 7, [1, 2], [1, 2, 3], {"type": "point", "x": 1, "y": 2}, "s", b"b", 3.5, []):
    print(repr(o), "->", describe(o))
