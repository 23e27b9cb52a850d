# pyco: versions=3.8+
from __future__ import annotations
import asyncio
import enum
from dataclasses import dataclass, field
from typing import AsyncIterator, Awaitable, Callable, Optional, TypeVar, Generic, Iterator

T = TypeVar("T")

class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
    FAILED = enum.auto() if False else "failed"

@dataclass(frozen=True)
class Message(Generic[T]):
    seq: int
    body: T
    tags: tuple[str, ...] = ()

@dataclass
class Worker:
    name: str
    state: State = State.IDLE
    handled: list[int] = field(default_factory=list)

    async def run(self, source: AsyncIterator[Message[str]], handler: Callable[[Message[str]], Awaitable[Optional[str]]]) -> int:
        self.state = State.RUNNING
        try:
            async for msg in source:
                out = await handler(msg)
                if out is not None:
                    self.handled.append(msg.seq)
        except Exception:
            self.state = State.FAILED
            raise
        else:
            self.state = State.DONE
        return len(self.handled)

async def produce(n: int) -> AsyncIterator[Message[str]]:
    for i in range(n):
        await asyncio.sleep(0.01)
        yield Message(i, f"payload-{i}", ("even",) if i % 2 == 0 else ())

async def handler(msg: Message[str]) -> Optional[str]:
    await asyncio.sleep(0)
    return msg.body.upper() if "even" in msg.tags else None

def numbered(items: list[str]) -> Iterator[tuple[int, str]]:
    yield from enumerate(items, start=1)

async def main() -> None:
    w = Worker("w1")
    print(w)
    count = await w.run(produce(5), handler)
    print(count, w.state, w.state.value, w)
    print(Message(1, "x") == Message(1, "x"), hash(Message(1, "x")) == hash(Message(1, "x")))
    try:
        m = Message(1, "x")
        m.seq = 2  # type: ignore[misc]
    except Exception as e:
        print(type(e).__name__, e)
    print(list(numbered(["a", "b"])), State("done"), State["IDLE"], list(State)[:2])
    print(Worker.run.__annotations__)
    print(repr(State.FAILED), State.FAILED in State, len(State))

asyncio.run(main())
