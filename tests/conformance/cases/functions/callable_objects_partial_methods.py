import functools
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
    def apply_all(self, xs):
        return list(map(self, xs))
triple = Multiplier(3)
print(triple(4), triple.apply_all([1, 2]), callable(triple))
bound = triple.apply_all
print(bound([5]), bound.__self__ is triple, bound.__func__ is Multiplier.apply_all)
class Greeter:
    def greet(self, greeting, name):
        return f"{greeting}, {name}"
    hello = functools.partialmethod(greet, "Hello")
print(Greeter().hello("Ana"))
