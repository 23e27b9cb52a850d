# pyco: versions=all
import heapq, types

class Loop:
    def __init__(self):
        self.clock = 0.0
        self.ready = []
        self.sleeping = []
        self.seq = 0
    def time(self):
        return self.clock
    def create_task(self, coro):
        self.ready.append(coro)
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                when, _, coro = heapq.heappop(self.sleeping)
                self.clock = when
                self.ready.append(coro)
            coro = self.ready.pop(0)
            try:
                cmd = coro.send(None)
            except StopIteration as e:
                print(f"[{self.clock:5.2f}] {coro.__qualname__} -> {e.value!r}")
                continue
            if cmd is None:
                self.ready.append(coro)
            else:
                kind, delay = cmd
                self.seq += 1
                heapq.heappush(self.sleeping, (self.clock + delay, self.seq, coro))

loop = Loop()

@types.coroutine
def sleep(d):
    yield ("sleep", d)

async def countdown(label, n, delay):
    while n > 0:
        print(f"[{loop.time():5.2f}] {label} {n}")
        await sleep(delay)
        n -= 1
    return label.upper()

async def main():
    loop.create_task(countdown("a", 3, 1.5))
    loop.create_task(countdown("b", 2, 2))
    await sleep(0.25)
    print("main woke at", loop.time())
    return 42

loop.create_task(main())
loop.run()
print("final clock", loop.clock)
