# versions: 3.7 3.8 3.9 3.10 3.12 3.13
from dataclasses import *
import inspect
@dataclass
class P:
    x: int
    y: int = 0
for t in ['P()','P(1,2,3)','P(1,z=2)','P(1,x=2)','P(1)','P(1)==P(1)','P(1)<P(2)', 'P.__doc__', 'str(inspect.signature(P))', 'P(1) == (1, 0)', 'hash(P(1))']:
  try: print(t, '->', repr(eval(t)))
  except Exception as e: print(t, '!!', type(e).__name__, e)
try:
  @dataclass
  class Q:
    x: list = []
except Exception as e: print(type(e).__name__, e)
try:
  @dataclass
  class R:
    x: int = 1
    y: int
except Exception as e: print(type(e).__name__, e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'z'
f = F(1)
try: f.a = 2
except Exception as e: print(type(e).__name__, e)
print(F(1) < F(2), hash(F(1)) == hash((1,'z')), fields(F)[0].name, asdict(F(1)), astuple(F(1)), replace(f, a=5))
print(P.__init__.__qualname__, P.__repr__.__qualname__)
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    total: float = field(default=0.0, repr=False)
    def __post_init__(self): self.total = len(self.items)
i = Inv('a', [1, 2]); print(i, i.total, Inv('b'), Inv('b').items is not Inv('c').items)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2)]); print(n, asdict(n), is_dataclass(n), is_dataclass(Node), is_dataclass(1))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), inspect.signature(K))
try: K(1)
except TypeError as e: print(e)
@dataclass
class D(P):
    z: int = 5
print(D(1, 2, 3), fields(D)[2].name, fields(D)[2].default)
