"""Times a benchmark program on CPython, excluding interpreter start-up.

Programs using asyncio run on a loop whose clock jumps to the next timer instead of really
sleeping (the same model as our runtime's virtual clock), so only scheduling work is timed.
Prints the best of N runs in seconds on stderr."""
import asyncio, selectors, sys, time


class _JumpSelector(selectors.DefaultSelector):
    def __init__(self, loop_box):
        super().__init__()
        self._box = loop_box

    def select(self, timeout=None):
        if timeout and timeout > 0:
            self._box[0]._now += timeout
        return []


class _JumpLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        box = [None]
        super().__init__(selector=_JumpSelector(box))
        box[0] = self
        self._now = 0.0
        self._clock_resolution = 1e-9

    def time(self):
        return self._now


class _Policy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = _JumpLoop


asyncio.set_event_loop_policy(_Policy())
path, repeats = sys.argv[1], int(sys.argv[2])
source = open(path).read()
code = compile(source, path, 'exec')
best = float('inf')
import io, contextlib
for _ in range(repeats):
    sink = io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(sink):
        exec(code, {'__name__': '__main__'})
    best = min(best, time.perf_counter() - t0)
print(best, file=sys.stderr)
