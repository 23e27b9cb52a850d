def documented(a, b=2, *args, c, d=4, **kw) -> int:
    """Docstring here."""
    return a
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_varnames[:6])
documented.custom = "attached"
print(documented.custom, callable(documented), type(documented).__name__)
import inspect
print(inspect.signature(documented))
