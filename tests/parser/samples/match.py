match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case {"x": x, **rest}:
        pass
    case [1, 2, *others] | (3 | 4) as z:
        pass
    case "a" | -1 | 2.5 | None | True:
        pass
    case Color.RED if flag:
        pass
    case _:
        pass
match = 1
match(x)
