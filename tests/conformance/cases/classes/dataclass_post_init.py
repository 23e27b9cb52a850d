from dataclasses import dataclass, field
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(3, 4), Rect(2, 2.5).area)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list, repr=False)
n = Node(1)
n.children.append(Node(2))
print(n, len(n.children))
