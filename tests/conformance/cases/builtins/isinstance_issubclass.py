print(isinstance(3, int), isinstance(3, (str, float)), isinstance(True, int), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(KeyError, LookupError))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(A, B), type(B()) is A, type(B()) is B)
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
