# pyco: versions=all
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

def walk(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from walk(child, depth + 1)

tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b", [Node("b1", [Node("deep")])])])
for depth, v in walk(tree):
    print("  " * depth + v)

def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))

def inorder(t):
    if t:
        yield from inorder(t[0])
        yield t[1]
        yield from inorder(t[2])
t = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(inorder(t)))

def permutations(xs):
    if len(xs) <= 1:
        yield xs
        return
    for i in range(len(xs)):
        for p in permutations(xs[:i] + xs[i + 1:]):
            yield xs[i:i + 1] + p
print(list(permutations("abc")))

def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(len(list(hanoi(6))), list(hanoi(2)))

def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(200)))
try:
    print(sum(countdown(5000)))
except RecursionError as e:
    print("RecursionError:", e)
