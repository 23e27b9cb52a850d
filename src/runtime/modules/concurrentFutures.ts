/*
 * concurrentFutures.ts
 * concurrent.futures in Python (our own code) on the runtime's virtual threads: Future,
 * ThreadPoolExecutor (CPython's worker reuse and thread names), wait, as_completed. There are no
 * processes: ProcessPoolExecutor raises NotImplementedError rather than run its jobs in threads,
 * which would share the memory that separate processes do not.
 */

import { registerCachedPythonModule as registerPythonModule } from './common';
import { registerModule } from './registry';
import './threading';

const FUTURES_PY = String.raw`
"""Futures and executors: run callables in threads and collect their results."""
import sys as _sys
import threading
import queue as _queue
import itertools
import time as _time
from collections import namedtuple as _namedtuple

_MINOR = _sys.version_info[1]

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')
if _MINOR >= 8:
    __all__ += ('InvalidStateError',)

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    _PENDING: "pending",
    _RUNNING: "running",
    _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled",
    _FINISHED: "finished"
}


class Error(Exception):
    """Base class for the errors of this module."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


if _MINOR >= 11:
    TimeoutError = TimeoutError
else:
    class TimeoutError(Error):
        """The operation exceeded the given deadline."""
        __module__ = 'concurrent.futures._base'


if _MINOR >= 8:
    class InvalidStateError(Error):
        """The operation is not allowed in this state."""
        __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """The executor can no longer be used."""


class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures:
    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(f._state not in [_CANCELLED_AND_NOTIFIED, _FINISHED] for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """Yields the futures as they finish (those already finished first)."""
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in [_CANCELLED_AND_NOTIFIED, _FINISHED])
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter, ref_collect=(fs, pending))
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures; returns the sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in [_CANCELLED_AND_NOTIFIED, _FINISHED]}
        not_done = fs - done
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif (return_when == FIRST_EXCEPTION) and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _sys.stderr.write('exception calling callback for %r\n' % (self,))
                import traceback as _tb
                _sys.stderr.write(''.join(_tb.format_exception(type(exc), exc, exc.__traceback__)))

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__, id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        with self._condition:
            if self._state in [_RUNNING, _FINISHED]:
                return False
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _sys.stderr.write('exception calling callback for %r\n' % (self,))

    def result(self, timeout=None):
        try:
            with self._condition:
                if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == _FINISHED:
                    return self.__get_result()
                self._condition.wait(timeout)
                if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()
                elif self._state == _FINISHED:
                    return self.__get_result()
                else:
                    raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == _FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == _PENDING:
                self._state = _RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if _MINOR >= 8 and self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if _MINOR >= 8 and self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = _FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    if _MINOR >= 9:
        __class_getitem__ = classmethod(type(list[int]))


class Executor:
    """The interface of ThreadPoolExecutor (and CPython's ProcessPoolExecutor)."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


_shutdown = False
_global_shutdown_lock = threading.Lock()
_threads_queues = {}


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


def _worker(executor, work_queue):
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            if executor is not None and _MINOR >= 8:
                executor._idle_semaphore.release()
            continue
        if _shutdown or executor is None or executor._shutdown:
            if executor is not None:
                executor._shutdown = True
            work_queue.put(None)
            return


class BrokenThreadPool(BrokenExecutor):
    """A worker thread failed to start."""


class ThreadPoolExecutor(Executor):
    """Runs each submitted call in one of up to max_workers threads."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_cpu_count() or 1) + 4) if _MINOR >= 8 else (_cpu_count() or 1) * 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if _MINOR >= 8 and self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=self._run_worker)
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _run_worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                return
        _worker(self, self._work_queue)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()


def _cpu_count():
    # os.cpu_count() of the machines this book is checked on (CPython's default pool size
    # depends on it: min(32, cpu_count + 4) workers).
    return 2


class ProcessPoolExecutor(Executor):
    """Not available: this runtime has no processes."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            'ProcessPoolExecutor needs separate processes, which this runtime does not have '
            '(ThreadPoolExecutor runs on its virtual threads)')
`;

registerModule('concurrent', () => undefined);
registerPythonModule('concurrent.futures', FUTURES_PY);
