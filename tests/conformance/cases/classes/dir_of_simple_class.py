class Simple:
    cls_attr = 1
    def method(self):
        pass
s = Simple()
s.inst = 2
print([n for n in dir(s) if not n.startswith("__")])
print(dir(s))
print(sorted(vars(Simple).keys()))
