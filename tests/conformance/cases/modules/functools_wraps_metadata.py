import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Rectangle area."""
    return w * h
print(area(2, 3), area.__name__, area.__doc__, area.__wrapped__.__name__, area.__qualname__)
def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@plain
def vol(a, b, c):
    return a * b * c
print(vol(1, 2, 3), vol.__name__)
