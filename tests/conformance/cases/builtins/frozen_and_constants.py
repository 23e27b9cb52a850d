print(None, True, False, Ellipsis, ..., NotImplemented)
print(type(...).__name__, type(NotImplemented).__name__, bool(...))
print(__name__, __debug__)
import builtins
print(builtins.len is len, "print" in dir(builtins))
