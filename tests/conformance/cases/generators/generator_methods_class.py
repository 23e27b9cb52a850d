# pyco: versions=all
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
print(list(t))
for d, v in t.depth_first():
    print("  " * d + v)
