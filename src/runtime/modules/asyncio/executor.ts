/*
 * executor.ts
 * loop.run_in_executor, set_default_executor, shutdown_default_executor, asyncio.wrap_future
 * and asyncio.to_thread on the runtime's virtual threads, as CPython does them
 * (Lib/asyncio/base_events.py, futures.py wrap_future/_chain_future, threads.py): a job is
 * submitted to a concurrent.futures.ThreadPoolExecutor (the default one is created lazily), runs
 * in a worker thread of its own, and its outcome comes back to the loop through
 * call_soon_threadsafe. A job that sleeps blocks only its worker, so what it prints comes out
 * at the time CPython prints it, among the coroutines' output.
 *
 * The parts that run in worker threads are Python (the `_pyco_executor` module below): a
 * blocking call suspends only its own thread when every frame between the worker and the job is
 * a Python frame (a native call in between would make the thread wait in place). That module
 * imports concurrent.futures and threading, so loading asyncio's chunk in the browser also
 * loads the thread modules' chunk (registry.ts preloads what a chunk's Python source imports),
 * as CPython's asyncio imports them.
 */

import { PyValue, None, True, False, type Kwargs } from '../../objects/object';
import { PyException, AssertionError, DeprecationWarning, newException, runtimeError, typeError } from '../../objects/exceptions';
import { PyDict, PyTuple } from '../../objects/containers';
import { PyBuiltin, PyModule } from '../../objects/function';
import { call, getAttr, getAttrOpt, isTrue, repr } from '../../objects/protocol';
import { rt } from '../../objects/runtimeState';
import { method, getset } from '../../types/util';
import { clock } from '../../vm/clock';
import { markWait, traceEvent, traceState } from '../../vm/trace';
import { warnHook } from '../../vm/warnings';
import type { TracebackEntry } from '../../objects/exceptions';
import { defFunction, loadModule } from '../registry';
import { registerCachedPythonModule } from '../common';
import { EventLoop, baseEventLoopType, coroutineChecks } from './baseEvents';
import { getEventLoop } from './events';
import { Future, NativeDoneCb, isFuture } from './futures';
import { exc } from './exceptions';
import { Context, copyContext, enterContext, exitContext } from './contextvars';
import { awaitFuture } from './coroutines';
import { parseArgs, prependFrames, asyncioFrame, syntheticEntry } from './util';

const HELPERS = '_pyco_executor';

const EXECUTOR_PY = String.raw`
"""asyncio's executor support, the parts that run in threads (CPython: base_events.py,
futures.py, threads.py). Imported by asyncio's native code."""
import sys as _sys
import threading
import concurrent.futures

_MINOR = _sys.version_info[1]


def new_default_executor():
    # BaseEventLoop.run_in_executor: 3.9 named the default pool's threads asyncio_0, asyncio_1...
    if _MINOR >= 9:
        return concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
    return concurrent.futures.ThreadPoolExecutor()


def is_thread_pool(executor):
    return isinstance(executor, concurrent.futures.ThreadPoolExecutor)


def is_concurrent_future(obj):
    return isinstance(obj, concurrent.futures.Future)


def call_in_context(context, func, args, kwargs):
    # to_thread's functools.partial(context.run, func, *args, **kwargs), as a Python frame: the
    # worker calls the job from Python code, so a job that blocks suspends only its thread.
    previous = _enter_context(context)
    try:
        return func(*args, **kwargs)
    finally:
        _exit_context(context, previous)


def traced_job(job, name, func, *args):
    # Only while the scheduling trace is on: the job's start and end, when they happen.
    _job_event(job, name, True, None)
    try:
        result = func(*args)
    except BaseException as exc:
        _job_event(job, name, False, exc)
        raise
    _job_event(job, name, False, None)
    return result


def _do_shutdown(loop, future):
    # BaseEventLoop._do_shutdown, run in a thread of its own.
    try:
        loop._default_executor.shutdown(wait=True)
        if _MINOR < 10 or not loop.is_closed():
            if _MINOR >= 13:
                loop.call_soon_threadsafe(_set_result_unless_cancelled, future, None)
            else:
                loop.call_soon_threadsafe(future.set_result, None)
    except Exception as ex:
        if _MINOR < 10 or (not loop.is_closed() and (_MINOR < 13 or not future.cancelled())):
            loop.call_soon_threadsafe(future.set_exception, ex)


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


async def shutdown_default_executor(self, timeout=None):
    """Schedule the shutdown of the default executor."""
    self._executor_shutdown_called = True
    if self._default_executor is None:
        return
    future = self.create_future()
    thread = threading.Thread(target=_do_shutdown, args=(self, future))
    thread.start()
    if _MINOR >= 13:
        import asyncio
        try:
            async with asyncio.timeout(timeout):
                await future
        except TimeoutError:
            import warnings
            warnings.warn("The executor did not finishing joining "
                          f"its threads within {timeout} seconds.",
                          RuntimeWarning, stacklevel=2)
            self._default_executor.shutdown(wait=False)
        else:
            thread.join()
        return
    try:
        await future
    finally:
        thread.join(timeout)
    if thread.is_alive():
        import warnings
        warnings.warn("The executor did not finishing joining "
                      f"its threads within {timeout} seconds.",
                      RuntimeWarning, stacklevel=2)
        self._default_executor.shutdown(wait=False)


shutdown_default_executor.__qualname__ = 'BaseEventLoop.shutdown_default_executor'
`;

/** Start times of the traced jobs running now (job id -> virtual time). */
const jobStarts = new Map<number, number>();

registerCachedPythonModule(HELPERS, EXECUTOR_PY, (m: PyModule) => {
	defFunction(m, '_enter_context', (args) => {
		const ctx = args[0];
		if (!(ctx instanceof Context)) throw typeError('_enter_context() needs a Context');
		return enterContext(ctx) ?? None;
	});
	defFunction(m, '_exit_context', (args) => {
		const prev = args[1];
		exitContext(args[0] as Context, prev instanceof Context ? prev : null);
		return None;
	});
	defFunction(m, '_job_event', (args) => {
		const [job, name, starting, error] = args;
		if (!traceState.enabled || typeof job !== 'number') return None;
		if (starting === True) {
			jobStarts.set(job, clock.now);
			traceEvent('executor-job', { job, callback: name });
		} else {
			const duration = clock.now - (jobStarts.get(job) ?? clock.now);
			jobStarts.delete(job);
			traceEvent('executor-done', error instanceof PyException ? { job, duration, exception: error.cls.name } : { job, duration });
		}
		return None;
	});
});

function helper(name: string): PyValue {
	return getAttr(loadModule(HELPERS), name);
}

/** A callable's __qualname__ for the scheduling trace, or `fallback` when it has no str one. */
function qualnameOr(fn: PyValue, fallback: string): string {
	const q = getAttrOpt(fn, '__qualname__');
	return typeof q === 'string' ? q : fallback;
}

/** CPython BaseEventLoop.run_in_executor (after its argument checks); `via` and `nameOf` label the trace. */
export function runInExecutor(loop: EventLoop, executorArg: PyValue, func: PyValue, args: PyValue[], via = 'run_in_executor', nameOf: PyValue = func): Future {
	loop.checkClosed('run_in_executor', func);
	if (loop._debug && (coroutineChecks.iscoroutine(func) || coroutineChecks.iscoroutinefunction(func))) throw typeError('coroutines cannot be used with run_in_executor()');
	let executor = executorArg;
	if (executor === None) {
		executor = loop._defaultExecutor;
		// _check_default_executor (3.9+)
		if (rt.minor >= 9 && loop._executorShutdownCalled) throw runtimeError('Executor shutdown has been called');
		if (executor === None) {
			executor = call(helper('new_default_executor'), []);
			loop._defaultExecutor = executor;
		}
	}
	const tracing = traceState.enabled;
	let submitArgs = [func, ...args];
	let name = '';
	if (tracing) {
		name = qualnameOr(nameOf, 'job');
		submitArgs = [helper('traced_job'), nextJob++, name, ...submitArgs];
	}
	const fut = wrapFuture(call(getAttr(executor, 'submit'), submitArgs), loop) as Future;
	if (tracing) markWait(fut, { wait: 'executor', label: `${via}(${name})` });
	return fut;
}
let nextJob = 1;

/** CPython futures.wrap_future: an asyncio Future that follows a concurrent.futures.Future. */
export function wrapFuture(source: PyValue, loop: EventLoop): PyValue {
	if (isFuture(source)) return source;
	if (!isTrue(call(helper('is_concurrent_future'), [source]))) {
		throw newException(AssertionError, `concurrent.futures.Future is expected, got ${repr(source)}`);
	}
	const dest = new Future(loop);
	chainFuture(source, dest);
	return dest;
}

/**
 * CPython futures._chain_future(source, destination) for a concurrent future and an asyncio one:
 * cancelling the destination cancels the source (a job not started yet then never runs); the
 * source's outcome is copied into the destination in the destination's loop, through
 * call_soon_threadsafe from the thread that finished the job.
 */
function chainFuture(source: PyValue, dest: Future): void {
	const destLoop = dest.loop;
	dest.addDoneCallback(new NativeDoneCb(callCheckCancel, source));
	const callSetState = new PyBuiltin('_call_set_state', () => {
		if (dest.cancelled() && destLoop._closed) return None;
		if (rt.minor >= 12 && destLoop._closed) return None;
		try {
			destLoop.checkClosed('call_soon_threadsafe');
		} catch (e) {
			// A job that ends after its loop closed (3.7-3.11): the worker logs this error.
			const text = 'dest_loop.call_soon_threadsafe(_set_state, destination, source)';
			if (e instanceof PyException) prependFrames(e, [asyncioFrame('futures.py', [365, 374, 398, 401, 403, 403, 402], '_call_set_state', text, [0, text.length], 13)]);
			throw e;
		}
		destLoop.callSoonThreadsafeNative(setState, dest, source);
		return None;
	});
	callSetState.qualname = '_chain_future.<locals>._call_set_state';
	call(getAttr(source, 'add_done_callback'), [callSetState]);
}

/** _chain_future.<locals>._call_check_cancel(destination) */
function callCheckCancel(source: unknown, destination: unknown): void {
	if ((destination as Future).cancelled()) call(getAttr(source as PyValue, 'cancel'), []);
}
callCheckCancel.pyName = '_chain_future.<locals>._call_check_cancel';

/** _chain_future.<locals>._set_state(destination, source): futures._copy_future_state. */
function setState(destination: unknown, source: unknown): void {
	const dest = destination as Future;
	const src = source as PyValue;
	if (dest.cancelled()) return;
	if (isTrue(call(getAttr(src, 'cancelled'), []))) {
		dest.cancel();
		return;
	}
	const exception = call(getAttr(src, 'exception'), []);
	if (exception instanceof PyException) dest.setException(convertFutureExc(asCPythonJobFrames(exception)));
	else dest.setResult(call(getAttr(src, 'result'), []));
}
setState.pyName = '_chain_future.<locals>._set_state';

/** futures._convert_future_exc: concurrent.futures' CancelledError becomes asyncio's. */
function convertFutureExc(e: PyException): PyException {
	const cf = loadModule('concurrent.futures');
	const asyncioExc = exc();
	if (e.cls === cf.dict.getStr('CancelledError') && e.cls !== asyncioExc.CancelledError) return newException(asyncioExc.CancelledError, ...e.args);
	if (e.cls === cf.dict.getStr('TimeoutError') && e.cls !== asyncioExc.TimeoutError) return newException(asyncioExc.TimeoutError, ...e.args);
	if (rt.minor >= 8 && e.cls === cf.dict.getStr('InvalidStateError') && e.cls !== asyncioExc.InvalidStateError) return newException(asyncioExc.InvalidStateError, ...e.args);
	return e;
}

/** Lines of `result = self.fn(*self.args, **self.kwargs)` in concurrent/futures/thread.py, 3.7..3.13. */
const WORK_ITEM_RUN_LINES = [57, 57, 58, 58, 58, 58, 58];

/**
 * The frames at the top of a job's traceback as CPython prints them: our worker's _WorkItem.run
 * becomes concurrent/futures/thread.py's (carets on 3.11 and 3.12 only), and our own helper
 * frames (to_thread's context switch, the trace's wrapper) disappear, as CPython's C calls
 * (functools.partial, Context.run) leave no frame.
 */
function asCPythonJobFrames(e: PyException): PyException {
	let prev: TracebackEntry | null = null;
	for (let t = e.traceback; t !== null; t = t.next) {
		if (t.filename === `<frozen ${HELPERS}>`) t.hidden = true;
		else if (t.filename === '<frozen concurrent.futures>' && t.name === 'run') {
			const text = 'result = self.fn(*self.args, **self.kwargs)';
			const frame = asyncioFrame('concurrent/futures/thread.py', WORK_ITEM_RUN_LINES, 'run', text, rt.minor <= 12 ? [9, text.length] : null);
			const entry = syntheticEntry(frame, t.next);
			if (prev === null) e.traceback = entry;
			else prev.next = entry;
			t = entry;
		} else break;
		prev = t;
	}
	return e;
}

/** asyncio.to_thread(func, /, *args, **kwargs) (threads.py, 3.9+). */
export function* toThread(func: PyValue, args: PyValue[], kwargs: Kwargs | null, loop: EventLoop): Generator<PyValue, PyValue, undefined> {
	const kw = new PyDict();
	if (kwargs !== null) for (const [k, v] of kwargs) kw.setStr(k, v);
	const fut = runInExecutor(loop, None, helper('call_in_context'), [copyContext(), func, new PyTuple(args), kw], 'to_thread', func);
	try {
		return yield* awaitFuture(fut);
	} catch (e) {
		if (e instanceof PyException) {
			const text = 'return await loop.run_in_executor(None, func_call)';
			prependFrames(e, [asyncioFrame('threads.py', [25], 'to_thread', text, [7, text.length])]);
		}
		throw e;
	}
}

const T = baseEventLoopType;
const L = (v: PyValue): EventLoop => {
	if (!(v instanceof EventLoop)) throw typeError('an event loop method was called on a non-loop object');
	return v;
};

/** CPython BaseEventLoop.run_in_executor(self, executor, func, *args): a Python method, so its
 * argument errors name it like CPython's function-call errors (qualname from 3.10). */
method(T, 'run_in_executor', (args, kwargs) => {
	const loop = L(args[0]);
	const fname = rt.minor >= 10 ? 'BaseEventLoop.run_in_executor' : 'run_in_executor';
	let executor: PyValue | undefined = args[1];
	let func: PyValue | undefined = args[2];
	if (kwargs !== null) {
		for (const [k, v] of kwargs) {
			if (k === 'executor' || k === 'func') {
				if ((k === 'executor' ? executor : func) !== undefined) throw typeError(`${fname}() got multiple values for argument '${k}'`);
				if (k === 'executor') executor = v;
				else func = v;
			} else throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
		}
	}
	if (executor === undefined && func === undefined) throw typeError(`${fname}() missing 2 required positional arguments: 'executor' and 'func'`);
	if (executor === undefined) throw typeError(`${fname}() missing 1 required positional argument: 'executor'`);
	if (func === undefined) throw typeError(`${fname}() missing 1 required positional argument: 'func'`);
	return runInExecutor(loop, executor, func, args.length > 3 ? args.slice(3) : []);
});

/** CPython BaseEventLoop.set_default_executor: 3.8 warns about other executors, 3.11 refuses them. */
method(T, 'set_default_executor', (args, kwargs) => {
	const loop = L(args[0]);
	const [executor] = parseArgs(rt.minor >= 10 ? 'BaseEventLoop.set_default_executor' : 'set_default_executor', args, kwargs, ['executor'], 1);
	if (rt.minor >= 8 && !isTrue(call(helper('is_thread_pool'), [executor!]))) {
		if (rt.minor >= 11) throw typeError('executor must be ThreadPoolExecutor instance');
		warnHook.warn(DeprecationWarning, 'Using the default executor that is not an instance of ThreadPoolExecutor is deprecated and will be prohibited in Python 3.9', 1);
	}
	loop._defaultExecutor = executor!;
	return None;
});

/** BaseEventLoop.shutdown_default_executor(timeout=None) (3.9+; timeout 3.12+): a coroutine. */
method(T, 'shutdown_default_executor', (args, kwargs) => {
	const names = rt.minor >= 12 ? ['timeout'] : [];
	const [timeout] = parseArgs(rt.minor >= 10 ? 'BaseEventLoop.shutdown_default_executor' : 'shutdown_default_executor', args, kwargs, names, 0);
	return call(helper('shutdown_default_executor'), [L(args[0]), timeout ?? None]);
});

getset(T, '_default_executor', (self) => L(self)._defaultExecutor, (self, v) => {
	L(self)._defaultExecutor = v;
});
getset(T, '_executor_shutdown_called', (self) => (L(self)._executorShutdownCalled ? True : False), (self, v) => {
	L(self)._executorShutdownCalled = isTrue(v);
});

/** asyncio.wrap_future(future, *, loop=None) */
export function wrapFutureFn(args: PyValue[], kwargs: Kwargs | null): PyValue {
	const [future, loopArg] = parseArgs('wrap_future', args, kwargs, ['future', 'loop'], 1, 0, 1);
	const loop = loopArg === undefined || loopArg === None ? getEventLoop() : loopArg;
	if (isFuture(future!)) return future!;
	return wrapFuture(future!, L(loop));
}

