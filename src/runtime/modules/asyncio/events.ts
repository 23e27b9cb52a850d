/*
 * events.ts
 * CPython Lib/asyncio/events.py: Handle and TimerHandle (a TimerHandle orders by `when`
 * only — CPython's __lt__ — so equal deadlines pop in heapq order, not FIFO), the running-loop
 * accessors, and the minimal default policy (one loop for the main thread).
 */

import { type StackEntry } from '../../vm/tracebackModule';
import { stackSummary } from './util';
import { PyCoroutine, GenState, pendingCoroutines, reportCollectedWith, neverAwaitedText } from '../../vm/generators';
import { PyObject, PyValue, None, True, False, pyBool, PyFloat, PyType } from '../../objects/object';
import { PyException, notImplementedError, runtimeError, typeError, KeyboardInterrupt, SystemExit, Exception, DeprecationWarning } from '../../objects/exceptions';
import { PyDict } from '../../objects/containers';
import { call, repr, objectId, getAttr, str } from '../../objects/protocol';
import { importModule } from '../registry';
import { currentThread, registerThreadLocal } from '../../vm/threads';
import { floatRepr } from '../../lib/floatFormat';
import { rt } from '../../objects/runtimeState';
import { method, getset } from '../../types/util';
import { warnHook } from '../../vm/warnings';
import { asyncioType, state, formatCallbackSource, SyntheticFrame, prependFrames } from './util';
import type { EventLoop } from './baseEvents';
import { Context, runInContext } from './contextvars';

/**
 * A native callback: the fast path for the loop's own callbacks (task steps, wake-ups), named
 * in reprs as CPython's (`pyName`); `partialArgument` when CPython registers
 * `functools.partial(pyName, a)`, whose repr shows the bound argument.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each callback takes its own argument types
export type NativeCb = ((a: any, b: any) => void) & { pyName?: string; partialArgument?: boolean };

export const handleType = asyncioType('Handle', 'asyncio.events');
handleType.ns.set('__doc__', 'Object returned by callback registration methods.');
export const timerHandleType = asyncioType('TimerHandle', 'asyncio.events', handleType);
timerHandleType.ns.set('__doc__', 'Object returned by timed callback registration methods.');

export class Handle extends PyObject {
	_cancelled = false;
	/** Python callable and args, or null when `nfn` is set. */
	_callback: PyValue | null;
	_args: PyValue[];
	nfn: NativeCb | null;
	na: unknown;
	nb: unknown;
	_loop: EventLoop;
	_repr: string | null = null;
	/** Debug mode: "file:line" of the Python code that made it (see withContext in baseEvents.ts). */
	_createdAt: string | null = null;
	/** Debug mode: the stack where it was made (Handle._source_traceback). */
	_sourceTraceback: StackEntry[] | null = null;
	/** Recycled by the loop after running (never exposed to Python code). */
	pooled = false;
	/** contextvars.Context the Python callback runs in (null: contextvars unused). */
	_context: Context | null = null;
	constructor(loop: EventLoop, callback: PyValue | null, args: PyValue[], nfn: NativeCb | null, na: unknown, nb: unknown, cls: PyType = handleType) {
		super(cls);
		this._loop = loop;
		this._callback = callback;
		this._args = args;
		this.nfn = nfn;
		this.na = na;
		this.nb = nb;
	}

	cancel(): void {
		if (!this._cancelled) {
			this._cancelled = true;
			// Debug mode keeps the repr with the callback (for "Executing <Handle ...> took").
			if (this._loop._debug) this._repr = `<${this.cls.name} ${this.reprInfo().join(' ')}>`;
			this._callback = null;
			this._args = EMPTY;
			this.nfn = null;
			this.na = null;
			this.nb = null;
		}
	}

	/** CPython 3.13 Lib/asyncio/events.py Handle._run */
	// (see warnDroppedInEventsPy below for the never-awaited case)
	_run(): void {
		const f = this.nfn;
		try {
			let r: PyValue = None;
			if (f !== null) f(this.na, this.nb);
			else if (this._context !== null) {
				const cb = this._callback!;
				const args = this._args;
				r = runInContext(this._context, () => call(cb, args));
			} else r = call(this._callback!, this._args);
			// call_soon(async_fn): the coroutine is dropped at once, inside events.py.
			if (r instanceof PyCoroutine && r.state === GenState.Created) warnDroppedInEventsPy(r);
		} catch (e) {
			this._runFailed(e);
		}
	}

	/** Handle._run's except clause: the callback raised `e` (re-raised when it must stop the loop). */
	_runFailed(e: unknown): void {
		if (!(e instanceof PyException)) throw e;
		if (e.cls.isSubtypeOf(SystemExit) || e.cls.isSubtypeOf(KeyboardInterrupt)) throw e;
		if (rt.minor < 8 && !e.cls.isSubtypeOf(Exception)) throw e;
		const cb = this.describeCallback();
		prependFrames(e, [EVENTS_RUN_FRAME()]);
		const ctx = new PyDict();
		ctx.setStr('message', `Exception in callback ${cb}`);
		ctx.setStr('exception', e);
		ctx.setStr('handle', this);
		if (this._sourceTraceback !== null) ctx.setStr('source_traceback', stackSummary(this._sourceTraceback));
		this._loop.callExceptionHandler(ctx);
	}

	describeCallback(): string {
		if (this.nfn !== null) return `${this.nfn.pyName ?? 'callback'}()`;
		return formatCallbackSource(this._callback ?? None, this._args, rt.minor < 13 || this._loop._debug);
	}

	reprInfo(): string[] {
		const info: string[] = [];
		if (this._cancelled) info.push('cancelled');
		if (this._callback !== null || this.nfn !== null) info.push(this.describeCallback());
		if (this._createdAt !== null) info.push(`created at ${this._createdAt}`);
		return info;
	}
}

export class TimerHandle extends Handle {
	_when: number;
	_scheduled = false;
	constructor(when: number, loop: EventLoop, callback: PyValue | null, args: PyValue[], nfn: NativeCb | null, na: unknown, nb: unknown) {
		super(loop, callback, args, nfn, na, nb, timerHandleType);
		this._when = when;
	}
	override cancel(): void {
		if (!this._cancelled) this._loop._timerHandleCancelled(this);
		super.cancel();
	}
	override reprInfo(): string[] {
		const info = super.reprInfo();
		info.splice(this._cancelled ? 1 : 0, 0, `when=${floatRepr(this._when)}`);
		return info;
	}
}

const EMPTY: PyValue[] = [];

function EVENTS_RUN_FRAME(): SyntheticFrame {
	const line = [88, 81, 80, 80, 80, 84, 89][rt.minor - 7] ?? 89;
	return { file: 'events.py', line, name: '_run', text: 'self._context.run(self._callback, *self._args)', carets: rt.minor >= 13 ? [0, 47] : null };
}

// Python-visible Handle API.
const H = (v: PyValue): Handle => v as Handle;
method(handleType, 'cancel', (args) => {
	H(args[0]).cancel();
	return None;
});
method(handleType, 'cancelled', (args) => pyBool(H(args[0])._cancelled));
method(handleType, 'get_context', () => {
	throw notImplementedError('contextvars is not supported by this runtime');
});
method(handleType, '_run', (args) => {
	H(args[0])._run();
	return None;
});
method(handleType, '__repr__', (args) => {
	const h = H(args[0]);
	if (h._repr !== null) return h._repr;
	return `<${h.cls.name} ${h.reprInfo().join(' ')}>`;
});
getset(handleType, '_cancelled', (self) => pyBool(H(self)._cancelled));
getset(handleType, '_source_traceback', (self) => {
	const st = H(self)._sourceTraceback;
	return st === null ? None : stackSummary(st);
});
getset(handleType, '_callback', (self) => H(self)._callback ?? None);
getset(handleType, '_loop', (self) => H(self)._loop);
method(timerHandleType, 'when', (args) => new PyFloat((args[0] as TimerHandle)._when));
getset(timerHandleType, '_when', (self) => new PyFloat((self as TimerHandle)._when));
getset(timerHandleType, '_scheduled', (self) => pyBool((self as TimerHandle)._scheduled));
for (const [name, op] of [
	['__lt__', (a: number, b: number) => a < b],
	['__le__', (a: number, b: number) => a <= b],
	['__gt__', (a: number, b: number) => a > b],
	['__ge__', (a: number, b: number) => a >= b],
] as const) {
	method(timerHandleType, name, (args) => {
		const o = args[1];
		if (!(o instanceof TimerHandle)) return notImpl();
		return pyBool(op((args[0] as TimerHandle)._when, o._when));
	});
}
method(timerHandleType, '__eq__', (args) => {
	const a = args[0] as TimerHandle;
	const o = args[1];
	if (!(o instanceof TimerHandle)) return notImpl();
	return pyBool(a === o || (a._when === o._when && a._callback === o._callback && a._cancelled === o._cancelled && a.nfn === o.nfn));
});
method(timerHandleType, '__hash__', (args) => objectId(args[0]) >> 4);

import { NotImplemented } from '../../objects/object';
function notImpl(): PyValue {
	return NotImplemented;
}

// ---------------------------------------------------------------------------------------------
// Running loop and policy.

/** events._get_running_loop(): the running loop or null. */
export function getRunningLoopOrNull(): EventLoop | null {
	return state.runningLoop;
}

/** events.get_running_loop() */
export function getRunningLoop(): EventLoop {
	const l = state.runningLoop;
	if (l === null) throw runtimeError('no running event loop');
	return l;
}

export function setRunningLoop(loop: EventLoop | null): void {
	state.runningLoop = loop;
}

/** Late-bound constructor of the loop class (set by baseEvents.ts). */
export const loopFactory = { create: null as unknown as () => EventLoop };

/** threading.current_thread().name (CPython's policy names the thread in its error). */
function currentThreadName(): string {
	if (currentThread().isMain) return 'MainThread';
	const threading = importModule('threading', None, 0, new PyDict());
	return str(getAttr(call(getAttr(threading, 'current_thread'), []), 'name'));
}

// Each thread has its own running loop and its own policy loop (events._running_loop and the
// policy's _local are thread-local in CPython); a new thread has neither, and only the main
// thread gets a loop made for it by get_event_loop().
registerThreadLocal({
	save: () => [state.runningLoop, state.policyLoop, state.policySetCalled],
	restore: (saved) => {
		const [running, loop, setCalled] = saved as [EventLoop | null, EventLoop | null, boolean];
		state.runningLoop = running;
		state.policyLoop = loop;
		state.policySetCalled = setCalled;
	},
	fresh: () => [null, null, true],
});

/** BaseDefaultEventLoopPolicy.get_event_loop() with each version's warning. */
export function policyGetEventLoop(): EventLoop {
	if (state.policyLoop === null && !state.policySetCalled) {
		if (rt.minor >= 12) warnHook.warn(DeprecationWarning, 'There is no current event loop', 1);
		setEventLoop(loopFactory.create());
	}
	if (state.policyLoop === null) throw runtimeError(`There is no current event loop in thread '${currentThreadName()}'.`);
	return state.policyLoop;
}

/** events.get_event_loop() */
export function getEventLoop(): EventLoop {
	const l = state.runningLoop;
	if (l !== null) return l;
	return policyGetEventLoop();
}

export function setEventLoop(loop: EventLoop | null): void {
	state.policySetCalled = true;
	state.policyLoop = loop;
}

export function newEventLoop(): EventLoop {
	return loopFactory.create();
}

export { True, False, repr, typeError };

/** Line of `self._context.run(self._callback, *self._args)` in each version's events.py. */
const HANDLE_RUN_LINE: Record<number, number> = { 7: 88, 8: 81, 9: 80, 10: 80, 11: 80, 12: 84, 13: 89 };

/** The never-awaited warning CPython prints when a callback returns a coroutine (it is collected in Handle._run). */
function warnDroppedInEventsPy(c: PyCoroutine): void {
	reportCollectedWith(c);
	pendingCoroutines.delete(c);
	c.awaited = true;
	rt.write(
		'stderr',
		`/usr/lib/python3.${rt.minor}/asyncio/events.py:${HANDLE_RUN_LINE[rt.minor] ?? 89}: RuntimeWarning: ${neverAwaitedText(c)}\n` +
			`  self._context.run(self._callback, *self._args)\n` +
			'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n'
	);
}
