class Audited:
    def __init__(self):
        self.value = 42
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  access", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value + 1
a = Audited()
print(a.value)
print(a.method())
