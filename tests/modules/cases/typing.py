# versions: 3.13
import typing as t
from typing import List, Dict, Optional, Any, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Awaitable, Coroutine, AsyncIterator, Iterator, Generator, Tuple, Union, cast, TYPE_CHECKING
T = t.TypeVar('T')
for e in ['t.List[int]','t.Optional[int]','t.Union[int, str]','t.Dict[str, t.List[int]]','t.Callable[[int], str]','t.Callable[..., int]','t.Tuple[int, ...]','t.Any','t.Awaitable[int]','t.Coroutine[t.Any, t.Any, int]','t.AsyncIterator[str]','T','t.Generic[T]','t.List','t.Optional','t.Literal[1, "a"]','t.Iterator[int]','t.Union[int, None]','t.Type[int]','t.cast(int, "x")','t.TYPE_CHECKING', 't.get_origin(t.List[int])', 't.get_args(t.Dict[str, int])']:
  try: print(e, '->', repr(eval(e)))
  except Exception as ex: print(e, '!!', type(ex).__name__, ex)
class P(t.NamedTuple):
    x: int
    y: str = 'a'
    def total(self): return self.x * 2
print(P(1), P._fields, P(3).total())
class M(t.TypedDict):
    name: str
print(M(name='x'), type(M(name='x')))
class S(t.Generic[T]):
    def __init__(self): self.items = []
print(S[int], S().items)
class Closer(Protocol):
    def close(self) -> None: ...
def f(x: int, y: Optional[str] = None) -> List[int]: return [x]
print(t.get_type_hints(f), f(1))
async def g() -> Awaitable[int]: pass
Number = Union[int, float]
def h(cb: Callable[[int], Awaitable[None]]) -> None: pass
print(Number, Optional[List[Dict[str, Any]]])
