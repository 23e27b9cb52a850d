#!/usr/bin/env python3
"""
vclock.py
The conformance oracle: runs a Python program under UNMODIFIED CPython (and its own asyncio)
with a virtual clock, and prints exactly what `python3 <main>` would print.

Usage (run it with the CPython whose behaviour you want; works on 3.7 .. 3.13):

    python3.X tools/vclock.py [--json] [--python EXE] [--keep] [--plain] PROGRAM.py

    --plain runs the program as a plain main.py instead (real clock, no patches), for the
    self-check of the oracle (node tools/gen-expected.mjs --selfcheck).

What is virtual:
  * time.monotonic()/perf_counter() (and *_ns) start at 0.0 when the program starts.
  * time.time() (and time_ns) = VIRTUAL_EPOCH (2020-01-01T00:00:00Z) + virtual elapsed time.
  * time.sleep(d) advances the virtual clock by d without really sleeping and without
    yielding (it blocks the event loop, as in real CPython).
  * Every asyncio event loop (asyncio.run, get_event_loop, new_event_loop, Runner,
    SelectorEventLoop(), EventLoop()) is a virtual loop: time only advances when the loop
    would block in select(); it then jumps exactly to the deadline of the earliest timer
    (`_scheduled[0]._when`). Clock resolution is 1e-9 (CPython's Linux value).
  * If the loop would block forever (select(None)) a deadlock is reported on stderr as
    `vclock: deadlock: ...` and the process exits with status 113.
  * loop.run_in_executor / asyncio.to_thread: the job runs to completion at once on a worker
    thread; time.sleep inside the job advances a job-local clock of D seconds; its result is
    delivered D virtual seconds later (call_later(D)), or with call_soon when D == 0.
  * datetime.now(), time.process_time(), time.localtime() are NOT virtualised.

Output fidelity:
  * The program is compiled with the file name `<main>`, executed in the real `__main__`
    module, with cwd = a temporary directory holding a file literally named `<main>`.
    Tracebacks show `File "<main>", line N, in <module>` and no oracle frame.
  * Paths of the standard library in the output are rewritten to `/usr/lib/python3.X/`.
  * Environment: PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1, PYTHONIOENCODING=utf-8,
    no colours.

IPython magics (used by the seed documents):
  * `%time STATEMENT` (any indentation) times STATEMENT; a first line `%%time` (after any blank or
    comment lines) times the whole program. After the statement's own output it prints, like IPython 8.12 on Linux:
        CPU times: user 1.2 ms, sys: 0 ns, total: 1.2 ms
        Wall time: 5 s
    Wall time is the virtual elapsed time, formatted like IPython's _format_time (3
    significant digits, units s/ms/µs(U+00B5)/ns, `1min 5s` style from 60 s). The CPU line
    holds real, machine-dependent values: comparisons normalise it with CPU_TIMES_RE (see
    tests/conformance/README.md). The value of a timed expression is not displayed.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

VIRTUAL_EPOCH = 1577836800.0  # 2020-01-01T00:00:00Z
DEADLOCK_EXIT = 113
TIMEOUT_EXIT = 124

# The bootstrap module imported by the child interpreter (kept 3.7-compatible).
BOOT_SOURCE = r'''
"""vclock bootstrap: patches time and asyncio, then hands the program to -c's exec."""
import sys, os, builtins, linecache, threading, queue, io, math

VIRTUAL_EPOCH = @EPOCH@
DEADLOCK_EXIT = @DEADLOCK@
BOOT_FILE = __file__

import time as _time
_real_sleep = _time.sleep

class _Clock(object):
    now = 0.0
_clock = _Clock()
_tls = threading.local()


def _offset():
    return getattr(_tls, 'offset', None)


def monotonic():
    off = getattr(_tls, 'offset', None)
    if off is None:
        return _clock.now
    return _clock.now + off


def monotonic_ns():
    return int(round(monotonic() * 1e9))


def vtime():
    return VIRTUAL_EPOCH + monotonic()


def vtime_ns():
    return int(VIRTUAL_EPOCH) * 1000000000 + monotonic_ns()


def sleep(secs):
    if isinstance(secs, float):
        d = secs
    elif isinstance(secs, int):
        d = float(secs)
    else:
        _real_sleep(secs)  # raises the genuine TypeError (or really sleeps for exotic types)
        return
    if not (d >= 0.0):
        _real_sleep(secs)  # raises the genuine ValueError
        return
    off = getattr(_tls, 'offset', None)
    if off is None:
        _clock.now += d
    else:
        _tls.offset = off + d


for _n, _f in (('monotonic', monotonic), ('perf_counter', monotonic), ('time', vtime),
               ('monotonic_ns', monotonic_ns), ('perf_counter_ns', monotonic_ns),
               ('time_ns', vtime_ns), ('sleep', sleep)):
    if hasattr(_time, _n):
        _f.__name__ = _n
        _f.__qualname__ = _n
        _f.__module__ = 'time'
        setattr(_time, _n, _f)


def _deadlock():
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.stderr.write('vclock: deadlock: the event loop would block forever '
                     '(nothing ready, nothing scheduled)\n')
    sys.stderr.flush()
    os._exit(DEADLOCK_EXIT)


def _patch_asyncio(asyncio):
    import selectors
    from asyncio import base_events
    maximum = getattr(base_events, 'MAXIMUM_SELECT_TIMEOUT', 24 * 3600)
    Base = asyncio.SelectorEventLoop

    class VirtualSelector(selectors.DefaultSelector):
        loop = None

        def select(self, timeout=None):
            # Wake-ups written by other threads (call_soon_threadsafe) are real events.
            ready = super().select(0)
            if ready:
                return ready
            if timeout is None:
                if threading.active_count() > 1:
                    ready = super().select(10.0)
                    if ready:
                        return ready
                _deadlock()
            if timeout > 0:
                sched = self.loop._scheduled if self.loop is not None else None
                if sched and timeout < maximum:
                    when = sched[0]._when
                    if when > _clock.now:
                        _clock.now = when  # land exactly on the earliest deadline
                else:
                    _clock.now += timeout
            return []

    # Named like the selector it replaces (EpollSelector on Linux): asyncio logs
    # "Using selector: <class name>" at DEBUG level when a loop is created.
    VirtualSelector.__name__ = VirtualSelector.__qualname__ = selectors.DefaultSelector.__name__

    class VirtualLoop(Base):
        def __init__(self, selector=None):
            sel = VirtualSelector()
            super().__init__(sel)
            sel.loop = self
            self._clock_resolution = 1e-9

        def time(self):
            return monotonic()

        def run_in_executor(self, executor, func, *args):
            self._check_closed()
            if self._debug:
                self._check_callback(func, 'run_in_executor')
            fut = self.create_future()
            box = {}

            def job():
                _tls.offset = 0.0
                try:
                    box['r'] = func(*args)
                except BaseException as e:
                    box['e'] = e
                box['d'] = _tls.offset
                _tls.offset = None

            t = threading.Thread(target=job, name='asyncio_0')
            t.start()
            t.join()

            def deliver():
                if fut.cancelled():
                    return
                if 'e' in box:
                    fut.set_exception(box['e'])
                else:
                    fut.set_result(box.get('r'))

            d = box.get('d') or 0.0
            if d > 0:
                self.call_later(d, deliver)
            else:
                self.call_soon(deliver)
            return fut

    # The override must not leak into messages: CPython names BaseEventLoop.run_in_executor
    # in "got an unexpected keyword argument" (qualname on 3.10, co_qualname from 3.11).
    _rie = VirtualLoop.run_in_executor
    _rie.__qualname__ = 'BaseEventLoop.run_in_executor'
    if hasattr(_rie.__code__, 'co_qualname'):
        _rie.__code__ = _rie.__code__.replace(co_qualname='BaseEventLoop.run_in_executor')
    VirtualLoop.__name__ = Base.__name__
    VirtualLoop.__qualname__ = Base.__qualname__
    VirtualLoop.__module__ = Base.__module__

    BasePolicy = asyncio.DefaultEventLoopPolicy

    class VirtualPolicy(BasePolicy):
        _loop_factory = VirtualLoop

    VirtualPolicy.__name__ = BasePolicy.__name__
    VirtualPolicy.__qualname__ = BasePolicy.__qualname__
    VirtualPolicy.__module__ = BasePolicy.__module__

    asyncio.SelectorEventLoop = VirtualLoop
    try:
        asyncio.unix_events.SelectorEventLoop = VirtualLoop
    except AttributeError:
        pass
    if hasattr(asyncio, 'EventLoop'):
        asyncio.EventLoop = VirtualLoop
    asyncio.set_event_loop_policy(VirtualPolicy())


class _AsyncioFinder(object):
    """Patches asyncio right after it is first imported (no cost for other programs)."""

    def find_spec(self, name, path=None, target=None):
        if name != 'asyncio':
            return None
        try:
            sys.meta_path.remove(self)
        except ValueError:
            pass
        import importlib.util
        spec = importlib.util.find_spec('asyncio')
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        orig = loader.exec_module

        def exec_module(module):
            orig(module)
            _patch_asyncio(module)

        loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _AsyncioFinder())

# ---------------------------------------------------------------- IPython %time / %time

def _format_time(timespan, precision=3):
    # Same output as IPython 8.12 IPython.core.magics.execution._format_time.
    if timespan >= 60.0:
        parts = [("d", 60 * 60 * 24), ("h", 60 * 60), ("min", 60), ("s", 1)]
        out = []
        leftover = timespan
        for suffix, length in parts:
            value = int(leftover / length)
            if value > 0:
                leftover = leftover % length
                out.append('%s%s' % (str(value), suffix))
            if leftover < 1:
                break
        return " ".join(out)
    units = ["s", "ms", "\xb5s", "ns"]
    scaling = [1, 1e3, 1e6, 1e9]
    if timespan > 0.0:
        order = min(-int(math.floor(math.log10(timespan)) // 3), 3)
    else:
        order = 3
    return "%.*g %s" % (precision, timespan * scaling[order], units[order])


def _cpu():
    try:
        import resource
        r = resource.getrusage(resource.RUSAGE_SELF)
        return (r.ru_utime, r.ru_stime)
    except Exception:
        return (0.0, 0.0)


_timing_stack = []


def _time_begin():
    _timing_stack.append((vtime(), _cpu()))


def _time_end():
    wall_st, st = _timing_stack.pop()
    end = _cpu()
    wall = vtime() - wall_st
    cu = end[0] - st[0]
    cs = end[1] - st[1]
    print("CPU times: user %s, sys: %s, total: %s" % (
        _format_time(cu), _format_time(cs), _format_time(cu + cs)))
    print("Wall time: %s" % _format_time(wall))


_MAGIC_RE = None


def _rewrite_magics(src):
    """Returns (source, whole_cell_timed)."""
    import re
    lines = src.split('\n')
    whole = False
    for i, line in enumerate(lines):
        if line.strip() == '' or line.lstrip().startswith('#'):
            continue
        if line.strip() == '%%time':
            lines[i] = ''
            whole = True
        break
    pat = re.compile(r'^([ \t]*)%time[ \t]+(\S.*)$')
    for i, line in enumerate(lines):
        m = pat.match(line)
        if m:
            lines[i] = '%s__pyco_time_begin__(); %s; __pyco_time_end__()' % (m.group(1), m.group(2))
    return '\n'.join(lines), whole


# ---------------------------------------------------------------- running the program

_EXTRA_DEPTH = 1 if sys.version_info >= (3, 12) else 2   # the -c frame (and, before 3.12, the exec() call) below the program


def _install_recursion_shim():
    real_get = sys.getrecursionlimit
    real_set = sys.setrecursionlimit

    def getrecursionlimit():
        return real_get() - _EXTRA_DEPTH

    def setrecursionlimit(limit):
        if isinstance(limit, int) and not isinstance(limit, bool) and limit >= 1:
            real_set(limit + _EXTRA_DEPTH)
        else:
            real_set(limit)

    getrecursionlimit.__module__ = setrecursionlimit.__module__ = 'sys'
    sys.getrecursionlimit = getrecursionlimit
    sys.setrecursionlimit = setrecursionlimit
    real_set(real_get() + _EXTRA_DEPTH)


def _clean_tb(exc, hidden_code, seen):
    if exc is None or id(exc) in seen:
        return
    seen.add(id(exc))
    kept = []
    tb = exc.__traceback__
    while tb is not None:
        f = tb.tb_frame
        if f.f_code is not hidden_code and f.f_code.co_filename != BOOT_FILE:
            kept.append(tb)
        tb = tb.tb_next
    for a, b in zip(kept, kept[1:]):
        a.tb_next = b
    if kept:
        kept[-1].tb_next = None
    exc.__traceback__ = kept[0] if kept else None
    _clean_tb(exc.__cause__, hidden_code, seen)
    _clean_tb(exc.__context__, hidden_code, seen)
    for sub in getattr(exc, 'exceptions', None) or ():
        if isinstance(sub, BaseException):
            _clean_tb(sub, hidden_code, seen)


# 3.11's C printer offers "Did you mean" suggestions that its traceback module does not: this
# reimplements the C algorithm (Python/suggestions.c: Levenshtein on UTF-8 bytes, move cost 2,
# case cost 1, at most 750 candidates of at most 40 bytes) for the printout of the oracle only.
_MOVE_COST = 2
_CASE_COST = 1


def _subst_cost(a, b):
    if (a & 31) != (b & 31):
        return _MOVE_COST
    if a == b:
        return 0
    if 65 <= a <= 90:
        a += 32
    if 65 <= b <= 90:
        b += 32
    return _CASE_COST if a == b else _MOVE_COST


def _levenshtein(a, b, max_cost):
    if a == b:
        return 0
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * _MOVE_COST
    if len(a) > 40 or len(b) > 40:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1
    buf = [(i + 1) * _MOVE_COST for i in range(len(a))]
    result = 0
    for bi, code in enumerate(b):
        distance = result = bi * _MOVE_COST
        minimum = None
        for i, ch in enumerate(a):
            substitute = distance + _subst_cost(code, ch)
            distance = buf[i]
            insert_delete = min(result, distance) + _MOVE_COST
            result = min(insert_delete, substitute)
            buf[i] = result
            if minimum is None or result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


def _calc_suggestion(candidates, name):
    candidates = list(candidates)
    if len(candidates) >= 750:
        return None
    nb = name.encode('utf-8', 'surrogatepass')
    best, best_d = None, None
    for item in candidates:
        if not isinstance(item, str) or item == name:
            continue
        ib = item.encode('utf-8', 'surrogatepass')
        max_d = (len(nb) + len(ib) + 3) * _MOVE_COST // 6
        if best_d is not None:
            max_d = min(max_d, best_d - 1)
        d = _levenshtein(nb, ib, max_d)
        if d > max_d:
            continue
        if best is None or d < best_d:
            best, best_d = item, d
    return best


def _suggestion_311(value):
    try:
        if isinstance(value, AttributeError):
            name, obj = getattr(value, 'name', None), getattr(value, 'obj', None)
            if name is None or obj is None:
                return None
            return _calc_suggestion(dir(obj), name)
        if isinstance(value, NameError):
            name = getattr(value, 'name', None)
            tb = value.__traceback__
            if name is None or tb is None:
                return None
            while tb.tb_next is not None:
                tb = tb.tb_next
            frame = tb.tb_frame
            for cands in (frame.f_code.co_varnames, frame.f_globals, frame.f_builtins):
                s = _calc_suggestion(list(cands), name)
                if s is not None:
                    return s
    except Exception:
        return None
    return None


def _print_exception_311(traceback, tp, value, tb):
    base = traceback.TracebackException

    class TE(base):
        def __init__(self, exc_type, exc_value, exc_traceback, **kw):
            super().__init__(exc_type, exc_value, exc_traceback, **kw)
            self._pyco_sugg = _suggestion_311(exc_value)

        def format_exception_only(self):
            first = True
            for line in super().format_exception_only():
                if first and self._pyco_sugg is not None and line.endswith('\n'):
                    line = line[:-1] + ". Did you mean: '%s'?\n" % self._pyco_sugg
                first = False
                yield line

    traceback.TracebackException = TE
    try:
        traceback.print_exception(tp, value, tb, file=sys.stderr)
    finally:
        traceback.TracebackException = base


def prepare(path):
    """Called from the -c line; returns (code, globals) for exec() at -c module level."""
    # The -c line's code, not its frame: a hook holding that frame would keep __main__'s
    # globals alive past interpreter shutdown, so generators still suspended at the end would
    # never be closed (a plain `python3 main.py` closes them, running their finally blocks).
    hidden = sys._getframe(1).f_code
    with open(path, 'rb') as fh:
        raw = fh.read()
    src = raw.decode('utf-8')
    lines = src.splitlines(True)
    linecache.cache['<main>'] = (len(src), None, lines, '<main>')
    linecache.cache.pop('<string>', None)  # 3.13 registers the -c source; a script run has none
    run_src, whole = src, False
    if '%time' in src:
        run_src, whole = _rewrite_magics(src)
        builtins.__pyco_time_begin__ = _time_begin
        builtins.__pyco_time_end__ = _time_end

    orig_hook = sys.excepthook
    # Imported now, not inside the hook: an import there makes 3.11/3.12 forget that the
    # program ended with an unhandled KeyboardInterrupt (exit 1 instead of dying by SIGINT).
    # The modules it pulls in are taken out of sys.modules again (the program sees none).
    traceback_mod = None
    if orig_hook is sys.__excepthook__ and sys.version_info[:2] in ((3, 11), (3, 12)):
        before = set(sys.modules)
        import traceback as traceback_mod
        for name in set(sys.modules) - before:
            del sys.modules[name]

    def excepthook(tp, value, tb):
        if isinstance(value, BaseException):
            _clean_tb(value, hidden, set())
            tb = value.__traceback__
            if hasattr(sys, 'last_traceback'):
                sys.last_traceback = tb
        if orig_hook is sys.__excepthook__ and sys.version_info[:2] in ((3, 11), (3, 12)):
            # The C printer of 3.11/3.12 never shows source lines for '<...>' file names;
            # the traceback module (used by default in 3.13) prints the same text and reads
            # the source through linecache, where <main> is registered.
            traceback = traceback_mod
            if sys.version_info[:2] == (3, 11):
                _print_exception_311(traceback, tp, value, tb)
            else:
                traceback.print_exception(tp, value, tb, file=sys.stderr)
            sys.stderr.flush()
            return None
        return orig_hook(tp, value, tb)
    sys.excepthook = excepthook

    import __main__
    from importlib.machinery import SourceFileLoader
    d = __main__.__dict__
    d.clear()
    d.update({'__name__': '__main__', '__doc__': None, '__package__': None,
              '__loader__': SourceFileLoader('__main__', '<main>'), '__spec__': None,
              '__annotations__': {}, '__builtins__': builtins,
              '__file__': '<main>', '__cached__': None})
    sys.argv[:] = ['<main>']
    if sys.path and sys.path[0] in ('', '.'):
        sys.path[0] = os.getcwd()
    sys.modules.pop('_pyco_vclock_boot', None)
    _install_recursion_shim()
    try:
        code = compile(run_src, '<main>', 'exec', dont_inherit=True)
    except SyntaxError as e:
        e.__traceback__ = None
        orig_hook(type(e), e, None)
        sys.stderr.flush()
        raise SystemExit(1)
    if whole:
        _time_begin()
        code2 = compile(run_src + '\n__pyco_time_end__()\n', '<main>', 'exec', dont_inherit=True)
        return code2, d
    return code, d
'''


def _boot_text():
    return BOOT_SOURCE.replace('@EPOCH@', repr(VIRTUAL_EPOCH)).replace('@DEADLOCK@', repr(DEADLOCK_EXIT))


STDLIB_RE = re.compile(r'[^\s"\'<>]*/lib/python(3\.\d+)/')

def run_plain(program_path, python=None, timeout=30):
    """Self-check helper: runs the program as a plain `main.py` (real clock, no oracle) and
    renames the file to <main> in the output. For programs that do not depend on time, the
    result must equal run()'s (see gen-expected.mjs --selfcheck)."""
    python = python or sys.executable
    with open(program_path, 'rb') as fh:
        source = fh.read()
    tmp = tempfile.mkdtemp(prefix='vclock-plain-')
    try:
        main_py = os.path.join(tmp, 'main.py')
        with open(main_py, 'wb') as fh:
            fh.write(source)
        env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
        env.update({'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1',
                    'PYTHONIOENCODING': 'utf-8', 'PYTHON_COLORS': '0', 'NO_COLOR': '1',
                    'LC_ALL': 'C.UTF-8', 'TZ': 'UTC'})
        t0 = time.monotonic()
        try:
            proc = subprocess.run([python, 'main.py'], cwd=tmp, env=env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired as e:
            proc = subprocess.CompletedProcess(e.cmd, TIMEOUT_EXIT, e.stdout or b'', e.stderr or b'')
        elapsed = time.monotonic() - t0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def fix(b):
        t = b.decode('utf-8', 'replace')
        for name in (main_py, 'main.py'):
            t = t.replace('File "%s"' % name, 'File "<main>"').replace(name + ':', '<main>:')
        return normalise_paths(t)
    return {'stdout': fix(proc.stdout), 'stderr': fix(proc.stderr), 'exitCode': proc.returncode,
            'seconds': elapsed}



def normalise_paths(text):
    return STDLIB_RE.sub(r'/usr/lib/python\1/', text)


def run(program_path, python=None, keep=False, timeout=30):
    python = python or sys.executable
    with open(program_path, 'rb') as fh:
        source = fh.read()
    tmp = tempfile.mkdtemp(prefix='vclock-')
    try:
        with open(os.path.join(tmp, '<main>'), 'wb') as fh:
            fh.write(source)
        with open(os.path.join(tmp, '_pyco_vclock_boot.py'), 'w', encoding='utf-8') as fh:
            fh.write(_boot_text())
        env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
        env.update({'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1',
                    'PYTHONIOENCODING': 'utf-8', 'PYTHON_COLORS': '0', 'NO_COLOR': '1',
                    'LC_ALL': 'C.UTF-8', 'TZ': 'UTC'})
        env.pop('FORCE_COLOR', None)
        cline = "exec(*__import__('_pyco_vclock_boot').prepare('<main>'))"
        t0 = time.monotonic()
        try:
            proc = subprocess.run([python, '-c', cline], cwd=tmp, env=env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired as e:
            proc = subprocess.CompletedProcess(e.cmd, TIMEOUT_EXIT, e.stdout or b'',
                                               (e.stderr or b'') + b'vclock: timeout: the program ran for more than %d real seconds\n' % timeout)
        elapsed = time.monotonic() - t0
    finally:
        if keep:
            sys.stderr.write('vclock: kept %s\n' % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    out = normalise_paths(proc.stdout.decode('utf-8', 'replace'))
    err = normalise_paths(proc.stderr.decode('utf-8', 'replace'))
    return {'stdout': out, 'stderr': err, 'exitCode': proc.returncode, 'seconds': elapsed}


def main(argv):
    as_json = False
    python = None
    keep = False
    plain = False
    args = list(argv)
    prog = None
    while args:
        a = args.pop(0)
        if a == '--json':
            as_json = True
        elif a == '--python':
            python = args.pop(0)
        elif a == '--keep':
            keep = True
        elif a == '--plain':
            plain = True
        elif a in ('-h', '--help'):
            print(__doc__)
            return 0
        else:
            prog = a
    if prog is None:
        sys.stderr.write('usage: vclock.py [--json] [--python EXE] [--keep] PROGRAM.py\n')
        return 2
    res = run_plain(prog, python=python) if plain else run(prog, python=python, keep=keep)
    if as_json:
        sys.stdout.write(json.dumps(res, ensure_ascii=False) + '\n')
        return 0
    sys.stdout.buffer.write(res['stdout'].encode('utf-8'))
    sys.stdout.flush()
    sys.stderr.buffer.write(res['stderr'].encode('utf-8'))
    sys.stderr.flush()
    return res['exitCode']


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
