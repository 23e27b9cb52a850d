registry = {}
class Plugin:
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        registry[key or cls.__name__.lower()] = cls
class Alpha(Plugin):
    pass
class Beta(Plugin, key="b"):
    pass
print(sorted(registry), registry["b"].__name__)
def add_hello(cls):
    cls.hello = lambda self: f"hello from {type(self).__name__}"
    return cls
@add_hello
class Gamma:
    pass
print(Gamma().hello())
