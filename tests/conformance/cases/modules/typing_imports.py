# pyco: versions=all
from typing import List, Dict, Optional, Union, Callable, Any, Tuple, Iterator, TypeVar, Generic
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
def first(xs: List[int], default: Optional[int] = None) -> Union[int, None]:
    return xs[0] if xs else default
print(first([3, 4]), first([]), Box[int](5).get())
print(first.__annotations__["xs"], Optional[int], Dict[str, Tuple[int, ...]])
f: Callable[[int], str] = str
print(f(5), Any)
