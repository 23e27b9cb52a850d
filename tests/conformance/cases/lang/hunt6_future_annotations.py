# pyco: versions=all
# PEP 563: under 'from __future__ import annotations' annotations are kept as their (unparsed) text.
"""Module docstring."""
from __future__ import annotations
import __future__
from dataclasses import dataclass, fields
from typing import Optional, Union, get_type_hints

@dataclass
class Node:
    value: int
    next: Optional[Node] = None
    children: list[Node] | None = None
    meta: dict[str,  tuple[int, ...]] = None  # type: ignore

def link(a: Node, b: "Node", *, weight: float = 1.0, **kw: Union[int, str]) -> Node:
    a.next = b
    return a

class Tree:
    root: Node
    size: int = 0
    label: 'str'
    def walk(self) -> typing.Iterator[Node]: ...

print(Node.__annotations__)
print(link.__annotations__)
print(Tree.__annotations__)
print(Tree.walk.__annotations__)
print([f.name for f in fields(Node)], [f.type for f in fields(Node)])
n = link(Node(1), Node(2))
print(n)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.compiler_flag)
print(get_type_hints(link)["b"] is Node if hasattr(get_type_hints, "__call__") else None)
x: undefined_name = 5
print(__annotations__)
