class Sample:
    a = 1
    def __init__(self):
        self.b = 2
s = Sample()
print(type(s).__name__, vars(s), "a" in dir(s), "b" in dir(s), "__init__" in dir(s))
print(sorted(k for k in vars(Sample) if not k.startswith("__")))
print(type(print).__name__, type(Sample.__init__).__name__, type(s.__init__).__name__)
print(dir(int)[:3] if False else len([n for n in dir(int) if not n.startswith("_")]) > 5)
