# pyco: versions=all
import types, inspect
from collections import deque

@types.coroutine
def switch():
    yield

@types.coroutine
def sleep_until(t):
    yield ("sleep", t)

async def task(name, n):
    for i in range(n):
        print(f"{name}: step {i}")
        await switch()
    return f"{name} done"

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}
    def spawn(self, coro):
        self.ready.append(coro)
    def run(self):
        while self.ready:
            coro = self.ready.popleft()
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[coro.__name__ + str(len(self.results))] = e.value
                print("finished:", e.value)
            else:
                self.ready.append(coro)

s = Scheduler()
s.spawn(task("A", 3))
s.spawn(task("B", 2))
s.spawn(task("C", 1))
s.run()
print(s.results)
print(inspect.iscoroutinefunction(task), inspect.iscoroutinefunction(switch))
print(inspect.isgeneratorfunction(switch), inspect.isawaitable(switch()))
probe = task("probe", 0)
print(inspect.iscoroutine(probe), inspect.isawaitable(probe))
probe.close()
g = switch()
print(type(g).__name__, g.gi_code.co_flags & 0x100 != 0)
print(switch.__name__)
