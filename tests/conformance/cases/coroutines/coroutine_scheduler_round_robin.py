# pyco: versions=all
import types
from collections import deque

@types.coroutine
def switch():
    yield

async def worker(name, n):
    for i in range(n):
        print(name, "step", i)
        await switch()
    return name + " done"

def run_all(*coros):
    ready = deque(coros)
    results = []
    while ready:
        c = ready.popleft()
        try:
            c.send(None)
            ready.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results

print(run_all(worker("A", 3), worker("B", 1), worker("C", 2)))
