/*
 * thread.ts
 * The _thread module on the runtime's virtual threads (vm/threads.ts): start_new_thread, the
 * lock type, get_ident. The threading and queue modules (Python, modules/threading.ts) are
 * built on it, as CPython's are on its C _thread module.
 */

import { None, PyFloat, PyObject, PyType, PyValue, True, False, typeType, objectType } from '../objects/object';
import { PyDict, PyTuple } from '../objects/containers';
import { PyFunction, PyMethod, PyModule, type DriverFn } from '../objects/function';
import { RuntimeError, SystemExit, newException, typeError, valueError, OverflowError, PyException } from '../objects/exceptions';
import { isTrue, objectId, repr, typeName } from '../objects/protocol';
import { asNumber } from '../objects/numeric';
import { rt } from '../objects/runtimeState';
import { method } from '../types/util';
import { registerModule, defFunction, importModule } from './registry';
import { compileSource } from '../compile';
import { CodeFlags } from '../compiler/codeObject';
import { makeFrame, moduleFrame, toPyException, BudgetExceeded } from '../vm/interpreter';
import type { Frame } from '../vm/frame';
import { clock, sleepBlocking } from '../vm/clock';
import { formatException, formatUnraisable } from '../vm/traceback';
import { setStdlibFrameHook } from '../vm/tracebackModule';
import {
	blockingNative,
	blockRunning,
	currentThread,
	mainThread,
	spawnThread,
	threadsStarted,
	wakeThread,
	liveThreads,
	type VThread,
} from '../vm/threads';

/** CPython's PY_TIMEOUT_MAX / 1e6 on 64-bit Linux (threading.TIMEOUT_MAX). */
const TIMEOUT_MAX = 9223372036.0;

export const lockType = new PyType(typeType, 'lock', [objectType], new Map(), { builtin: true, module: '_thread' });

/** _thread.lock: not reentrant; any thread may release it; waiters retry in the order they came. */
export class ThreadLock extends PyObject {
	held = false;
	waiters: VThread[] = [];
	constructor() {
		super(lockType);
	}
	release(): void {
		if (!this.held) throw newException(RuntimeError, 'release unlocked lock');
		this.held = false;
		const w = this.waiters[0];
		if (w !== undefined) wakeThread(w);
	}
}

function asLock(v: PyValue | undefined): ThreadLock {
	if (!(v instanceof ThreadLock)) throw typeError(`descriptor requires a '_thread.lock' object but received '${typeName(v ?? None)}'`);
	return v;
}

/** lock.acquire(blocking=True, timeout=-1) as CPython's lock_PyThread_acquire_lock parses it. */
function acquireArgs(args: PyValue[], kwargs: Map<string, PyValue> | null): [boolean, number] {
	let blocking: PyValue = args[1] ?? True;
	let timeout: PyValue = args[2] ?? -1;
	if (args.length > 3) throw typeError(`acquire() takes at most 2 arguments (${args.length - 1} given)`);
	if (kwargs !== null) {
		for (const [k, v] of kwargs) {
			if (k === 'blocking') blocking = v;
			else if (k === 'timeout') timeout = v;
			else throw typeError(`'${k}' is an invalid keyword argument for acquire()`);
		}
	}
	const b = isTrue(blocking);
	const t = asNumber(timeout);
	if (t === undefined) throw typeError(`'${typeof timeout === 'string' ? 'str' : 'object'}' object cannot be interpreted as an integer`);
	const secs = Number(t);
	if (!b && secs !== -1) throw valueError("can't specify a timeout for a non-blocking call");
	if (secs < 0 && secs !== -1) throw valueError('timeout value must be a non-negative number');
	if (secs > TIMEOUT_MAX) throw newException(OverflowError, 'timeout value is too large');
	return [b, secs];
}

/** Acquires `lock` for the running thread, blocking it (and letting others run) while it is held. */
function* acquire(lock: ThreadLock, blocking: boolean, timeout: number): Generator<number, boolean, void> {
	if (!lock.held) {
		lock.held = true;
		return true;
	}
	if (!blocking) return false;
	const deadline = timeout === -1 ? Infinity : clock.now + timeout;
	for (;;) {
		if (!threadsStarted()) {
			// Only this thread exists: nothing can release the lock.
			if (deadline === Infinity) {
				throw newException(
					RuntimeError,
					'deadlock: acquire() waits for a lock that only this thread holds, and no other thread exists to release it. CPython would wait here forever.'
				);
			}
			sleepBlocking(deadline - clock.now);
			return false;
		}
		const me = currentThread();
		lock.waiters.push(me);
		let woken: boolean;
		try {
			woken = yield* blockRunning(deadline);
		} finally {
			const i = lock.waiters.indexOf(me);
			if (i >= 0) lock.waiters.splice(i, 1);
		}
		if (!lock.held) {
			lock.held = true;
			return true;
		}
		if (!woken) return false;
	}
}

const acquireDriver: DriverFn = function* (args, kwargs) {
	const lock = asLock(args[0]);
	const [blocking, timeout] = acquireArgs(args, kwargs);
	return (yield* acquire(lock, blocking, timeout)) ? True : False;
};
const enterDriver: DriverFn = function* (args) {
	yield* acquire(asLock(args[0]), true, -1);
	return True;
};

for (const name of ['acquire', 'acquire_lock']) method(lockType, name, blockingNative(acquireDriver)).driver = acquireDriver;
method(lockType, '__enter__', blockingNative(enterDriver)).driver = enterDriver;
for (const name of ['release', 'release_lock']) {
	method(lockType, name, (args) => {
		asLock(args[0]).release();
		return None;
	});
}
method(lockType, '__exit__', (args) => {
	asLock(args[0]).release();
	return None;
});
for (const name of ['locked', 'locked_lock']) method(lockType, name, (args) => (asLock(args[0]).held ? True : False));
method(lockType, '__repr__', (args) => {
	const l = asLock(args[0]);
	return `<${l.held ? 'locked' : 'unlocked'} _thread.lock object at 0x${objectId(l).toString(16).padStart(12, '0')}>`;
});

/**
 * The frame a new thread starts with: the call of `func` itself when it is a Python function
 * (or a method of one), so that the thread's frames can be suspended when it blocks; otherwise
 * a one-line frame that calls it.
 */
function threadEntry(func: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): Frame {
	let fn = func;
	let a = args;
	if (func instanceof PyMethod && func.func instanceof PyFunction) {
		fn = func.func;
		a = [func.self, ...args];
	}
	if (fn instanceof PyFunction && (fn.code.flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) === 0) {
		return makeFrame(fn, a, kwargs);
	}
	const globals = new PyDict();
	globals.setStr('__builtins__', importModule('builtins', None, 0, globals));
	globals.setStr('f', func);
	globals.setStr('a', new PyTuple(args));
	const kw = new PyDict();
	if (kwargs !== null) for (const [k, v] of kwargs) kw.setStr(k, v);
	globals.setStr('k', kw);
	// The call goes through this one-line frame, which CPython does not have (thread_run
	// calls the object directly): hidden from tracebacks.
	const code = compileSource('f(*a, **k)', '<thread>', rt.minor);
	code.flags |= CodeFlags.HiddenFrame;
	return moduleFrame(code, globals);
}

/** _thread.start_new_thread(function, args, kwargs={}): the thread runs when the scheduler gets to it. */
function startNewThread(args: PyValue[]): PyValue {
	const [func, targs, tkwargs] = args;
	if (args.length < 2 || args.length > 3) throw typeError(`start_new_thread expected at least 2 arguments, got ${args.length}`);
	if (!(targs instanceof PyTuple)) throw typeError('2nd arg must be a tuple');
	let kw: Map<string, PyValue> | null = null;
	if (tkwargs !== undefined && tkwargs !== None) {
		if (!(tkwargs instanceof PyDict)) throw typeError('optional 3rd arg must be a dictionary');
		kw = new Map();
		for (const [k, v] of tkwargs.entries()) kw.set(typeof k === 'string' ? k : repr(k), v);
	}
	const entry = threadEntry(func, [...targs.items], kw);
	const t = spawnThread(entry, (_value, error) => {
		if (error === null || error instanceof BudgetExceeded) {
			if (error !== null) throw error;
			return;
		}
		const exc = toPyException(error);
		if (exc.cls.isSubtypeOf(SystemExit)) return;
		// thread_run() in _threadmodule.c: PyErr_FormatUnraisable (3.8+; 3.13 words it
		// "... by <func>:"); 3.7 printed "Unhandled exception in thread started by <func>" and
		// the exception with PyErr_PrintEx (chain included).
		const text =
			rt.minor < 8
				? `Unhandled exception in thread started by ${repr(func)}\n${formatException(exc)}`
				: rt.minor >= 13
					? `Exception ignored in thread started by ${repr(func)}:\n${formatUnraisable(exc)}`
					: `Exception ignored in thread started by: ${repr(func)}\n${formatUnraisable(exc)}`;
		rt.write('stderr', text);
	});
	return t.ident;
}

registerModule('_thread', (m: PyModule) => {
	m.dict.setStr('LockType', lockType);
	m.dict.setStr('lock', lockType);
	m.dict.setStr('error', RuntimeError);
	m.dict.setStr('TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX));
	defFunction(m, 'allocate_lock', () => new ThreadLock());
	defFunction(m, 'allocate', () => new ThreadLock());
	defFunction(m, 'start_new_thread', startNewThread);
	defFunction(m, 'start_new', startNewThread);
	defFunction(m, 'get_ident', () => currentThread().ident);
	defFunction(m, 'get_native_id', () => 4242 + (currentThread().ident - mainThread().ident) / 8_392_704);
	defFunction(m, '_count', () => liveThreads().filter((t) => !t.isMain).length);
	defFunction(m, 'stack_size', () => 0);
	defFunction(m, 'interrupt_main', () => {
		throw newException(RuntimeError, 'interrupt_main() is not supported by this runtime');
	});
	/** Marks a started thread as one the program waits for at exit (threading's non-daemon threads). */
	defFunction(m, '_set_daemon', (args) => {
		const ident = args[0];
		const t = liveThreads().find((x) => x.ident === ident);
		if (t !== undefined) t.daemon = isTrue(args[1] ?? True);
		return None;
	});
	/** The text threading.excepthook prints for an exception (its traceback, then the exception). */
	defFunction(m, '_format_exception', (args) => {
		const e = args[0];
		if (!(e instanceof PyException)) throw typeError('_format_exception() needs an exception');
		const text = formatException(e);
		return isTrue(args[1] ?? False) ? asCPythonThreadingFrames(text) : text;
	});
});

/** Lines of Thread._bootstrap's, _bootstrap_inner's and run's calls in threading.py, 3.7..3.13. */
const THREADING_CALLS: Record<string, [number[], string]> = {
	_bootstrap: [[890, 890, 937, 973, 1002, 1030, 1012], 'self._bootstrap_inner()'],
	_bootstrap_inner: [[926, 932, 980, 1016, 1045, 1073, 1041], 'self.run()'],
	run: [[870, 870, 917, 953, 982, 1010, 992], 'self._target(*self._args, **self._kwargs)'],
};

// A stack taken in a thread (traceback.extract_stack) shows our threading module's frames as
// CPython's threading.py.
setStdlibFrameHook((filename, name) => {
	if (filename !== '<frozen threading>') return null;
	const call = THREADING_CALLS[name];
	if (call === undefined) return null;
	const line = call[0][rt.minor - 7] ?? call[0][call[0].length - 1];
	return { filename: `/usr/lib/python3.${rt.minor}/threading.py`, line, name, text: call[1] };
});

/** Lines of Thread._bootstrap_inner's `self.run()` and Thread.run's target call in each version's threading.py. */
const THREADING_LINES: Record<number, [number, number]> = {
	7: [926, 870],
	8: [932, 870],
	9: [980, 917],
	10: [1016, 953],
	11: [1045, 982],
	12: [1073, 1010],
	13: [1041, 992],
};

/**
 * Shows the frames of our threading module as CPython's traceback shows its threading.py:
 * the same path, line numbers, source lines and (3.13) carets.
 */
function asCPythonThreadingFrames(text: string): string {
	const [bootLine, runLine] = THREADING_LINES[rt.minor] ?? THREADING_LINES[13];
	const path = `/usr/lib/python3.${rt.minor}/threading.py`;
	const carets = rt.minor >= 13;
	return text.replace(/ {2}File "<frozen threading>", line \d+, in (\w+)\n((?: {4}.*\n)*)/g, (whole, fn: string) => {
		if (fn === '_bootstrap_inner')
			return `  File "${path}", line ${bootLine}, in _bootstrap_inner\n    self.run()\n${carets ? '    ~~~~~~~~^^\n' : ''}`;
		if (fn === 'run')
			return (
				`  File "${path}", line ${runLine}, in run\n    self._target(*self._args, **self._kwargs)\n` +
				(carets ? '    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n' : '')
			);
		return whole;
	});
}
