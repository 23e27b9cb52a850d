# pyco: versions=all
import heapq
import types

@types.coroutine
def sleep(t):
    yield ("sleep", t)

async def task(name, delays):
    for d in delays:
        await sleep(d)
        print(f"{name} woke after {d}")

def run(tasks):
    now = 0
    queue = [(0, i, t) for i, t in enumerate(tasks)]
    heapq.heapify(queue)
    while queue:
        now, i, t = heapq.heappop(queue)
        try:
            op, d = t.send(None)
            heapq.heappush(queue, (now + d, i, t))
        except StopIteration:
            print(f"t={now}: task {i} finished")

run([task("x", [3, 1]), task("y", [1, 1, 1]), task("z", [5])])
