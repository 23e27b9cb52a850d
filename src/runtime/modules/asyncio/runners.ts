/*
 * runners.ts
 * CPython Lib/asyncio/runners.py: asyncio.run() and (3.11+) Runner, with CPython's teardown:
 * cancel the leftover tasks (in creation order; CPython iterates a set), run them to
 * completion, report their unexpected exceptions, shut down async generators and the default
 * executor (each of those runs as a task, which is why task names keep counting), then close.
 */

import { PyObject, PyType, PyValue, None, True, False, pyBool } from '../../objects/object';
import { PyException, runtimeError, valueError, typeError, KeyboardInterrupt } from '../../objects/exceptions';
import { PyDict } from '../../objects/containers';
import { repr, isTrue } from '../../objects/protocol';
import { rt } from '../../objects/runtimeState';
import { method } from '../../types/util';
import { asyncioType, withDict, parseArgs, state, prependFrames, SyntheticFrame, asyncioFrame, raisedAt, holding } from './util';
import { EventLoop, contextArg, loopStackFrames, type LoopEntry } from './baseEvents';
import { setLoopStackHook } from '../../vm/tracebackModule';
import { Context, copyContextForTask } from './contextvars';
import { newEventLoop, setEventLoop, getRunningLoopOrNull } from './events';
import { GenCoro, iscoroutine, awaitFuture } from './coroutines';
import { GenState, DriverChannel, runDriverSync } from '../../vm/generators';
import { getAttr } from '../../objects/protocol';
import { PyList } from '../../objects/containers';
import { Exception } from '../../objects/exceptions';
import { Task, gather, allTasks } from './tasks';
import { isCancelledError } from './exceptions';
import { call } from '../../objects/protocol';

/** runners._cancel_all_tasks */
export function cancelAllTasks(loop: EventLoop): void {
	const ch = new DriverChannel();
	runDriverSync(cancelAllTasksG(loop, ch), ch);
}

function* cancelAllTasksG(loop: EventLoop, ch: DriverChannel): Generator<number, void, void> {
	const toCancel = [...state.allTasks].filter((t) => t.loop === loop && !t.done());
	if (toCancel.length === 0) return;
	for (const t of toCancel) t.cancel();
	yield* loop.runUntilCompleteG(gather(toCancel, true), ch);
	for (const t of toCancel) {
		if (t.cancelled()) continue;
		const e = t._exception;
		if (e !== null) {
			t._log_traceback = false;
			const ctx = new PyDict();
			ctx.setStr('message', 'unhandled exception during asyncio.run() shutdown');
			ctx.setStr('exception', e);
			ctx.setStr('task', t);
			loop.callExceptionHandler(ctx);
		}
	}
}

/** BaseEventLoop.shutdown_asyncgens: aclose() every async generator still alive. */
export function shutdownAsyncgens(loop: EventLoop): GenCoro {
	return new GenCoro('shutdown_asyncgens', (function* () {
		loop._asyncgensShutdownCalled = true;
		const closing = [...loop._asyncgens].filter((g) => g.state !== GenState.Closed);
		loop._asyncgens.clear();
		if (closing.length === 0) return None;
		const outer = gather(closing.map((g) => call(getAttr(g, 'aclose'), [])), true);
		const results = (yield* awaitFuture(outer)) as PyList;
		closing.forEach((g, i) => {
			const r = results.items[i];
			if (r instanceof PyException && r.cls.isSubtypeOf(Exception)) {
				const ctx = new PyDict();
				ctx.setStr('message', `an error occurred during closing of asynchronous generator ${repr(g)}`);
				ctx.setStr('exception', r);
				ctx.setStr('asyncgen', g);
				loop.callExceptionHandler(ctx);
			}
		});
		return None;
	})(), 'BaseEventLoop.shutdown_asyncgens');
}

/** loop.shutdown_default_executor(), with 3.12's THREAD_JOIN_TIMEOUT from asyncio.run. */
function shutdownDefaultExecutor(loop: EventLoop): PyValue {
	return call(getAttr(loop, 'shutdown_default_executor'), rt.minor >= 12 ? [300] : []);
}

/** The finally-part of run()/Runner.close() (`inClose`: Runner.close's frame is shown, 3.11+). */
function* finalizeLoopG(loop: EventLoop, setLoopNone: boolean, ch: DriverChannel, inClose = false): Generator<number, void, void> {
	const inFrame = (e: unknown, lines: number[], text: string): void => {
		if (inClose && e instanceof PyException) prependFrames(e, [asyncioFrame('runners.py', lines, 'close', text, [0, text.length], 13)]);
	};
	try {
		try {
			yield* cancelAllTasksG(loop, ch);
		} catch (e) {
			inFrame(e, [0, 0, 0, 0, 71, 70, 70], '_cancel_all_tasks(loop)');
			throw e;
		}
		try {
			yield* loop.runUntilCompleteG(shutdownAsyncgens(loop), ch);
		} catch (e) {
			inFrame(e, [0, 0, 0, 0, 72, 71, 71], 'loop.run_until_complete(loop.shutdown_asyncgens())');
			throw e;
		}
		if (rt.minor >= 9) yield* loop.runUntilCompleteG(shutdownDefaultExecutor(loop), ch);
	} finally {
		if (setLoopNone) setEventLoop(null);
		loop.close();
	}
}

function frames(): SyntheticFrame[] {
	if (rt.minor >= 11) {
		return [
			{ file: 'runners.py', line: rt.minor === 11 ? 190 : 194, name: 'run', text: 'return runner.run(main)', carets: [7, 23] },
			{ file: 'runners.py', line: 118, name: 'run', text: 'return self._loop.run_until_complete(task)', carets: [7, 42] },
		];
	}
	return [{ file: 'runners.py', line: rt.minor === 7 ? 43 : 44, name: 'run', text: 'return loop.run_until_complete(main)', carets: null }];
}

// traceback.extract_stack() in a callback or task of a running loop: CPython's stack has the
// frames of asyncio between the code that started the loop and the callback.
setLoopStackHook((inner, outer) => {
	const loop = getRunningLoopOrNull();
	if (!(loop instanceof EventLoop) || loop._runCaller === null || outer !== loop._runCaller || inner === outer) return null;
	const base = loopStackFrames(loop);
	if (loop._runKind === 'asyncio.run') return [...frames(), ...base];
	if (loop._runKind === 'Runner.run') return [frames()[frames().length - 1], ...base];
	return base;
});

/**
 * The `raise RuntimeError(\n "<what>() cannot be called from a running event loop")` of
 * runners.py (3.7 shows its second line; 3.13 the whole statement), whose frame holds `coro`.
 */
function runningLoopError(what: 'asyncio.run' | 'Runner.run', lines: number[], coro: PyValue): PyException {
	const msg = `${what}() cannot be called from a running event loop`;
	const text = rt.minor === 7 ? `"${msg}")` : rt.minor >= 13 ? `raise RuntimeError(\n        "${msg}")` : 'raise RuntimeError(';
	return raisedAt(runtimeError(msg), [holding(asyncioFrame('runners.py', lines, 'run', text, [0, text.length], 13), coro)]);
}

/** asyncio.run(main, *, debug=None[, loop_factory=None]) */
export function asyncioRun(main: PyValue, debug: PyValue, loopFactory: PyValue): PyValue {
	const ch = new DriverChannel();
	return runDriverSync(asyncioRunG(main, debug, loopFactory, ch), ch);
}

/** asyncio.run as a driver (see baseEvents.ts runForeverG): a sliced run can pause inside it. */
export function* asyncioRunG(main: PyValue, debug: PyValue, loopFactory: PyValue, ch: DriverChannel): Generator<number, PyValue, void> {
	if (getRunningLoopOrNull() !== null) throw runningLoopError('asyncio.run', [34, 33, 33, 33, 186, 190, 190], main);
	if (rt.minor < 11) {
		if (!iscoroutine(main)) throw valueError(`a coroutine was expected, got ${repr(main)}`);
		const loop = newEventLoop();
		let result: PyValue;
		try {
			setEventLoop(loop);
			if (debug !== None) loop._debug = isTrue(debug);
			try {
				state.loopEntry = 'asyncio.run';
				result = yield* loop.runUntilCompleteG(main, ch);
			} catch (e) {
				if (e instanceof PyException) prependFrames(e, frames());
				throw e;
			}
		} finally {
			yield* finalizeLoopG(loop, true, ch);
		}
		return result;
	}
	const runner = new Runner();
	runner._debug = debug;
	runner._loopFactory = loopFactory;
	try {
		runner.lazyInit();
		try {
			return yield* runner.runG(main, ch, undefined, 'asyncio.run');
		} catch (e) {
			if (e instanceof PyException) prependFrames(e, [frames()[0]]);
			throw e;
		}
	} finally {
		yield* runner.closeG(ch);
	}
}

// ---------------------------------------------------------------------------------------------
// Runner (3.11+)

export const runnerType = asyncioType('Runner', 'asyncio.runners', undefined, (cls) => withDict(new Runner(cls)));
runnerType.ns.set('__doc__', 'A context manager that controls event loop life cycle.');

const enum RState {
	Created,
	Initialized,
	Closed,
}

export class Runner extends PyObject {
	_state = RState.Created;
	_debug: PyValue = None;
	_loopFactory: PyValue = None;
	_loop: EventLoop | null = null;
	_setEventLoop = false;
	/**
	 * The context every run() without context= runs its task in (CPython's self._context, a
	 * copy_context() taken by _lazy_init): values a run sets are seen by the next run. null
	 * while no ContextVar exists (see copyContextForTask), then taken at the first run.
	 */
	_context: Context | null = null;
	constructor(cls: PyType = runnerType) {
		super(cls);
	}
	/** CPython Runner._lazy_init; `caller`: the frame of the Runner method that called it. */
	lazyInit(caller?: SyntheticFrame): void {
		if (this._state === RState.Closed) {
			const text = 'raise RuntimeError("Runner is closed")';
			const raising = asyncioFrame('runners.py', [133], '_lazy_init', text, [0, text.length]);
			throw raisedAt(runtimeError('Runner is closed'), caller ? [caller, raising] : [raising]);
		}
		if (this._state === RState.Initialized) return;
		if (this._loopFactory === None) {
			this._loop = newEventLoop();
			if (!this._setEventLoop) {
				setEventLoop(this._loop);
				this._setEventLoop = true;
			}
		} else {
			const l = call(this._loopFactory, []);
			if (!(l instanceof EventLoop)) throw typeError('loop_factory must return an asyncio event loop in this runtime');
			this._loop = l;
		}
		if (this._debug !== None) this._loop._debug = isTrue(this._debug);
		this._context = copyContextForTask();
		this._state = RState.Initialized;
	}
	run(coro: PyValue, context?: Context): PyValue {
		const ch = new DriverChannel();
		return runDriverSync(this.runG(coro, ch, context), ch);
	}
	*runG(coro: PyValue, ch: DriverChannel, context?: Context, entry: LoopEntry = 'Runner.run'): Generator<number, PyValue, void> {
		if (!iscoroutine(coro)) {
			if (rt.minor >= 12) coroClose(coro);
			throw valueError(`a coroutine was expected, got ${repr(coro)}`);
		}
		if (getRunningLoopOrNull() !== null) throw runningLoopError('Runner.run', [0, 0, 0, 0, 93, 93, 93], coro);
		this.lazyInit(holding(lazyInitCall('run', [96]), coro));
		if (context === undefined) context = (this._context ??= copyContextForTask()) ?? undefined;
		const task = this._loop!.createTask(coro, None, context);
		try {
			state.loopEntry = entry;
			return yield* this._loop!.runUntilCompleteG(task, ch);
		} catch (e) {
			if (e instanceof PyException && rt.minor >= 11) prependFrames(e, [frames()[1]]);
			throw e;
		}
	}
	close(): void {
		const ch = new DriverChannel();
		runDriverSync(this.closeG(ch), ch);
	}
	*closeG(ch: DriverChannel): Generator<number, void, void> {
		if (this._state !== RState.Initialized) return;
		const loop = this._loop!;
		try {
			yield* finalizeLoopG(loop, false, ch, true);
		} finally {
			if (this._setEventLoop) setEventLoop(null);
			this._loop = null;
			this._state = RState.Closed;
		}
	}
}

function coroClose(_c: PyValue): void {}

const R = (v: PyValue): Runner => v as Runner;
method(runnerType, '__init__', (args, kwargs) => {
	const self = R(args[0]);
	const [debug, loopFactory] = parseArgs('Runner', args, kwargs, ['debug', 'loop_factory'], 0, 1, 0);
	self._debug = debug ?? None;
	self._loopFactory = loopFactory ?? None;
	return None;
});
/** The `self._lazy_init()` line of a Runner method (lines per minor 11..13 at the end). */
function lazyInitCall(method: string, lines: number[]): SyntheticFrame {
	const text = 'self._lazy_init()';
	return asyncioFrame('runners.py', lines, method, text, [0, text.length]);
}

method(runnerType, '__enter__', (args) => {
	R(args[0]).lazyInit(lazyInitCall('__enter__', [0, 0, 0, 0, 59, 58, 58]));
	return args[0];
});
method(runnerType, '__exit__', (args) => {
	try {
		R(args[0]).close();
	} catch (e) {
		if (e instanceof PyException) prependFrames(e, [asyncioFrame('runners.py', [0, 0, 0, 0, 63, 62, 62], '__exit__', 'self.close()', [0, 12], 13)]);
		throw e;
	}
	return None;
});
method(runnerType, 'close', (args) => {
	R(args[0]).close();
	return None;
});
method(runnerType, 'get_loop', (args) => {
	const r = R(args[0]);
	r.lazyInit(lazyInitCall('get_loop', [83]));
	return r._loop!;
});
method(runnerType, 'run', (args, kwargs) => {
	const [coro, context] = parseArgs('run', args, kwargs, ['coro', 'context'], 1, 1, 1);
	return R(args[0]).run(coro!, contextArg(context));
}).driver = function* (args, kwargs, ch) {
	const [coro, context] = parseArgs('run', args, kwargs, ['coro', 'context'], 1, 1, 1);
	return yield* R(args[0]).runG(coro!, ch, contextArg(context));
};

export { True, False, pyBool, KeyboardInterrupt, Task, allTasks, isCancelledError };
