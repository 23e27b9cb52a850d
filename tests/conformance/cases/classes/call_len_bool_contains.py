class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("  checking", x)
        return x in self.items
    def __call__(self, extra):
        self.items.append(extra)
        return self
    def __bool__(self):
        return any(self.items)
b = Bag(0, 0)
print(len(b), bool(b), 0 in b, 5 in b)
b(5)
print(len(b), bool(b), "truthy" if b else "falsy")
class OnlyLen:
    def __len__(self):
        return 0
print(bool(OnlyLen()), callable(b), callable(OnlyLen()))
