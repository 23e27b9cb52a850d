# pyco: versions=all
import typing
from typing import Generator, Callable, Optional, Union, List, Tuple, Dict, AsyncGenerator, Coroutine
print(Generator[int, None, str], Callable[[int, None], None], Optional[None], Union[int, None], List[None], Tuple[None, int], Dict[str, None], AsyncGenerator[int, None], Coroutine[None, None, int])
print(typing.get_args(Generator[int, None, str]) if hasattr(typing, "get_args") else "no get_args")
import collections.abc as c
try:
    print(c.Generator[int, None, str], list[None], tuple[None, int])
except TypeError as e:
    print("TypeError", e)
print(Union[int, str, None], Optional[Union[int, str]])
def f(x: int = 3) -> Generator[int, None, None]: yield x
print(f.__annotations__)
try:
    print(c.Callable[[int], str], c.AsyncIterator[int], c.Coroutine[None, None, int])
except TypeError as e:
    print("TypeError", e)
class M(type): pass
class A(metaclass=M): pass
try: A[1]
except TypeError as e: print(e)
try: int[1]
except TypeError as e: print(e)
