class Lazy:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        print("  __getattr__ for", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")
l = Lazy()
print(l.real, l.xyz)
try:
    l.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "nope", "fallback"))
class Logged:
    def __setattr__(self, name, value):
        print("  set", name, "=", value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)
g = Logged()
g.a = 1
g.b = [2]
del g.a
print(vars(g))
