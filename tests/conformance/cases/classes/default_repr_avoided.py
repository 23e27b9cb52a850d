class Plain:
    pass
p = Plain()
print(type(p).__name__, type(p).__qualname__, Plain.__module__, p.__class__ is Plain)
print(str(p).startswith("<__main__.Plain object at 0x"), repr(Plain))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner))
