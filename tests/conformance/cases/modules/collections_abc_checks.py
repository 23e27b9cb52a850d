from collections.abc import Iterable, Iterator, Sequence, Mapping, Callable, Generator, Awaitable, Coroutine, Hashable
def gen():
    yield
async def co():
    pass
c = co()
print(isinstance([], Iterable), isinstance([], Iterator), isinstance(iter([]), Iterator))
print(isinstance("s", Sequence), isinstance({}, Mapping), isinstance(len, Callable))
print(isinstance(gen(), Generator), isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance([], Hashable))
c.close()
