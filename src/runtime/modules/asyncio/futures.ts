/*
 * futures.ts
 * CPython Lib/asyncio/futures.py (with the C accelerator's messages, which is what CPython
 * really runs): Future with its state machine PENDING -> CANCELLED | FINISHED, done callbacks
 * scheduled with call_soon in registration order (never run synchronously), and __await__,
 * a bare `yield self` flagged with _asyncio_future_blocking.
 */

import { currentStack, stdlibEntry, type StackEntry, type StackFrameInfo } from '../../vm/tracebackModule';
import { stackSummary } from './util';
import { PyObject, PyType, PyValue, None, True, False, pyBool, Kwargs, typeOf } from '../../objects/object';
import {
	PyException,
	StopIteration,
	RuntimeError,
	TypeError,
	newException,
	runtimeError,
	typeError,
	stopIteration,
	baseExceptionType,
	TracebackEntry,
} from '../../objects/exceptions';
import { PyList } from '../../objects/containers';
import { call, repr, richEq, PyIteratorBase, callType, getAttrOpt, isTrue, objectId } from '../../objects/protocol';
import { rt } from '../../objects/runtimeState';
import { method, getset, setNew, dottedTypeName } from '../../types/util';
import { asyncioType, withDict, formatCallbackSource, reprLimited, className, clinicArgs, nativeCallbackSourceSuffix } from './util';
import { cancelledError, invalidStateError, exc } from './exceptions';
import { getEventLoop, NativeCb } from './events';
import type { EventLoop } from './baseEvents';
import type { Task } from './tasks';
import { Context, copyContextForTask } from './contextvars';

export const enum FState {
	Pending = 0,
	Cancelled = 1,
	Finished = 2,
}
const STATE_NAMES = ['PENDING', 'CANCELLED', 'FINISHED'];

/** A native done callback (gather's _done_callback, wait's _on_completion, ...). */
export class NativeDoneCb {
	constructor(
		public nfn: NativeCb,
		public na: unknown
	) {}
}

/**
 * A Python done-callback with the context it runs in: the one current when it was added
 * (CPython: add_done_callback's context=None means contextvars.copy_context() then), not the
 * task's. Used only once a ContextVar exists (else the plain callable is stored).
 */
export class ContextDoneCb {
	constructor(
		public fn: PyValue,
		public ctx: Context
	) {}
}

/** An entry of Future._callbacks: a Python callable, a Task (its __wakeup), or a native callback. */
export type DoneCb = PyValue | NativeDoneCb | ContextDoneCb;

export const futureType = asyncioType('Future', '_asyncio', undefined, (cls) => withDict(new Future(null, cls)));
// Future and Task instances take attributes (`fut.name = ...` works in CPython).
futureType.hasInstanceDict = true;
futureType.ns.set('__doc__', 'This class is *almost* compatible with concurrent.futures.Future.');
// C's tp_name '_asyncio.Future' in error messages; __name__ stays 'Future'.
dottedTypeName(futureType);

/** Late binding to tasks.ts (the Task class and its wake-up), avoiding an import cycle at load. */
export const taskHooks = {
	isTask: null as unknown as (v: unknown) => v is Task,
	wakeup: null as unknown as NativeCb,
};

export class Future extends PyObject {
	_state: FState = FState.Pending;
	_result: PyValue = None;
	_exception: PyException | null = null;
	_exceptionTb: TracebackEntry | null = null;
	_loop: EventLoop | null;
	_callbacks: DoneCb[] | null = null;
	_cancel_message: PyValue = None;
	_cancelled_exc: PyException | null = null;
	_asyncio_future_blocking = false;
	_log_traceback = false;
	/** Debug mode: where it was created ("file:line"), shown by repr as CPython's source traceback. */
	_createdAt: string | null = null;
	/** Debug mode: the stack where it was created (_source_traceback). */
	_sourceTraceback: StackEntry[] | null = null;

	constructor(loop: EventLoop | null, cls: PyType = futureType) {
		super(cls);
		this._loop = loop;
	}

	get loop(): EventLoop {
		if (this._loop === null) throw runtimeError('Future object is not initialized.');
		return this._loop;
	}

	done(): boolean {
		return this._state !== FState.Pending;
	}

	cancelled(): boolean {
		return this._state === FState.Cancelled;
	}

	/** CPython futures.Future.__schedule_callbacks */
	scheduleCallbacks(): void {
		const cbs = this._callbacks;
		if (cbs === null) return;
		this._callbacks = null;
		const loop = this.loop;
		for (let i = 0; i < cbs.length; i++) this.scheduleCallback(loop, cbs[i]);
	}

	private scheduleCallback(loop: EventLoop, cb: DoneCb): void {
		if (cb instanceof NativeDoneCb) loop.callSoonPooled(cb.nfn, cb.na, this);
		else if (cb instanceof ContextDoneCb) loop.callSoon(cb.fn, [this])._context = cb.ctx;
		else if (taskHooks.isTask(cb)) loop.callSoonPooled(taskHooks.wakeup, cb, this);
		else loop.callSoon(cb, [this]);
	}

	addDoneCallback(cb: DoneCb): void {
		if (this._state !== FState.Pending) {
			this.scheduleCallback(this.loop, cb);
			return;
		}
		if (this._callbacks === null) this._callbacks = [cb];
		else this._callbacks.push(cb);
	}

	removeDoneCallback(cb: DoneCb): number {
		const cbs = this._callbacks;
		if (cbs === null) return 0;
		const kept: DoneCb[] = [];
		for (const entry of cbs) {
			const c = entry instanceof ContextDoneCb ? entry.fn : entry;
			if (c === cb) continue;
			if (typeof cb !== 'object' || !(cb instanceof NativeDoneCb)) {
				if (!(c instanceof NativeDoneCb) && !taskHooks.isTask(c) && !taskHooks.isTask(cb) && richEq(c, cb as PyValue)) continue;
			}
			kept.push(entry);
		}
		const removed = cbs.length - kept.length;
		if (removed) this._callbacks = kept.length ? kept : null;
		return removed;
	}

	/** CPython futures.Future._make_cancelled_error (per version). */
	makeCancelledError(): PyException {
		if (rt.minor >= 11 && this._cancelled_exc !== null) {
			const e = this._cancelled_exc;
			this._cancelled_exc = null;
			return e;
		}
		if (rt.minor < 9) return cancelledError();
		const e = cancelledError(this._cancel_message);
		if (rt.minor < 11 || this._cancelled_exc !== null) e.context = this._cancelled_exc;
		this._cancelled_exc = null;
		return e;
	}

	/** result(): the value, or throws. */
	result(): PyValue {
		if (this._state === FState.Cancelled) throw this.makeCancelledError();
		if (this._state !== FState.Finished) throw invalidStateError('Result is not set.');
		this._log_traceback = false;
		const e = this._exception;
		if (e !== null) {
			e.traceback = this._exceptionTb;
			throw e;
		}
		return this._result;
	}

	exception(): PyValue {
		if (this._state === FState.Cancelled) throw this.makeCancelledError();
		if (this._state !== FState.Finished) throw invalidStateError('Exception is not set.');
		this._log_traceback = false;
		return this._exception ?? None;
	}

	setResult(v: PyValue): void {
		if (this._state !== FState.Pending) throw invalidStateError('invalid state');
		this._result = v;
		this._state = FState.Finished;
		this.scheduleCallbacks();
	}

	setException(e: PyValue): void {
		if (this._state !== FState.Pending) throw invalidStateError('invalid state');
		if (e instanceof PyType) e = callType(e, [], null);
		if (!(e instanceof PyException)) throw typeError('invalid exception object');
		// The C Future (_asynciomodule.c future_set_exception) is what CPython runs: up to 3.12
		// it refuses exactly StopIteration (not subclasses) with a TypeError; 3.13 replaces any
		// StopIteration by a RuntimeError chained to it, like futures.py does since 3.12.
		if (rt.minor >= 13 ? e.cls.isSubtypeOf(StopIteration) : e.cls === StopIteration) {
			const msg = 'StopIteration interacts badly with generators and cannot be raised into a Future';
			const ne = newException(rt.minor >= 13 ? RuntimeError : TypeError, msg);
			if (rt.minor >= 13) {
				ne.cause = e;
				ne.context = e;
				ne.suppressContext = true;
			} else throw ne;
			e = ne;
		}
		const ex = e as PyException;
		this._exception = ex;
		this._exceptionTb = ex.traceback;
		this._state = FState.Finished;
		this.scheduleCallbacks();
		this._log_traceback = true;
		this.loop.noteUnretrieved(this);
	}

	cancel(msg: PyValue = None): boolean {
		this._log_traceback = false;
		if (this._state !== FState.Pending) return false;
		this._state = FState.Cancelled;
		this._cancel_message = msg;
		this.scheduleCallbacks();
		return true;
	}

	reprInfo(): string[] {
		const info = [STATE_NAMES[this._state].toLowerCase()];
		if (this._state === FState.Finished) {
			if (this._exception !== null) info.push(`exception=${repr(this._exception)}`);
			else info.push(`result=${reprLimited(this._result)}`);
		}
		const cbs = this._callbacks;
		if (cbs !== null && cbs.length) {
			const f = (entry: DoneCb): string => {
				const c = entry instanceof ContextDoneCb ? entry.fn : entry;
				return c instanceof NativeDoneCb
					? c.nfn.partialArgument === true
						? `${c.nfn.pyName ?? 'callback'}(${rt.minor >= 13 ? '' : reprLimited(c.na as PyValue)})()${nativeCallbackSourceSuffix(c.nfn.pyName)}`
						: `${c.nfn.pyName ?? 'callback'}()${nativeCallbackSourceSuffix(c.nfn.pyName)}`
					: taskHooks.isTask(c)
						? rt.minor >= 10
							? 'Task.task_wakeup()'
							: `<TaskWakeupMethWrapper object at 0x${(objectId(c) + 0x30).toString(16).padStart(12, '0')}>()`
						: // base_futures._format_callbacks: no arguments from 3.13 (debug=False).
							formatCallbackSource(c, [], rt.minor < 13);
			};
			let s: string;
			if (cbs.length === 1) s = f(cbs[0]);
			else if (cbs.length === 2) s = `${f(cbs[0])}, ${f(cbs[1])}`;
			else s = `${f(cbs[0])}, <${cbs.length - 2} more>, ${f(cbs[cbs.length - 1])}`;
			info.push(`cb=[${s}]`);
		}
		if (this._createdAt !== null) info.push(`created at ${this._createdAt}`);
		return info;
	}
}

/** The iterator of `await fut` / `yield from fut` (CPython's FutureIter). */
export const futureIterType = asyncioType('FutureIter', '_asyncio');
export class FutureIter extends PyIteratorBase {
	fut: Future | null;
	constructor(fut: Future) {
		super(futureIterType);
		this.fut = fut;
	}
	nextValue(): PyValue | undefined {
		const f = this.fut;
		if (f === null) return undefined;
		if (f._state === FState.Pending) {
			if (!f._asyncio_future_blocking) {
				f._asyncio_future_blocking = true;
				return f;
			}
			this.fut = null;
			throw runtimeError("await wasn't used with future");
		}
		this.fut = null;
		const r = f.result();
		if (r === None) return undefined;
		throw stopIteration(r);
	}
}
method(futureIterType, '__iter__', (args) => args[0]);
method(futureIterType, '__next__', (args) => {
	const v = (args[0] as FutureIter).nextValue();
	if (v === undefined) throw stopIteration();
	return v;
});
method(futureIterType, 'send', (args) => {
	const v = (args[0] as FutureIter).nextValue();
	if (v === undefined) throw stopIteration();
	return v;
});
method(futureIterType, 'throw', (args) => {
	const it = args[0] as FutureIter;
	it.fut = null;
	let e = args[1];
	if (e instanceof PyType) e = callType(e, args[2] !== undefined && args[2] !== None ? [args[2]] : [], null);
	throw e as PyException;
});
method(futureIterType, 'close', (args) => {
	(args[0] as FutureIter).fut = null;
	return None;
});

// ---------------------------------------------------------------------------------------------
// Python-visible Future API.

export function asFuture(v: PyValue): Future {
	if (!(v instanceof Future)) throw typeError(`descriptor requires a '_asyncio.Future' object but received '${typeOf(v).name}'`);
	return v;
}
const F = asFuture;

method(futureType, '__init__', (args, kwargs) => {
	const self = F(args[0]);
	if (args.length > 1) throw typeError(`Future.__init__() takes 0 positional arguments but ${args.length - 1} were given`);
	const loop = kwargs?.get('loop');
	self._loop = loop === undefined || loop === None ? getEventLoop() : (loop as EventLoop);
	if (self._loop !== null && self._loop._debug === true) recordSource(self);
	return None;
});

/**
 * Debug mode: Future._source_traceback, the stack where it was created, and the "created at"
 * of its repr (its last entry). `extra`: a frame of asyncio's that made it (create_future).
 */
export function recordSource(fut: Future, extra?: StackFrameInfo): void {
	const stack = currentStack();
	if (extra !== undefined) stack.push(stdlibEntry(extra));
	fut._sourceTraceback = stack;
	const last = stack[stack.length - 1];
	fut._createdAt = last === undefined ? null : `${last.filename}:${last.line}`;
}
method(futureType, 'result', (args) => F(args[0]).result());
method(futureType, 'exception', (args) => F(args[0]).exception());
method(futureType, 'done', (args) => pyBool(F(args[0]).done()));
method(futureType, 'cancelled', (args) => pyBool(F(args[0]).cancelled()));
method(futureType, 'get_loop', (args) => F(args[0]).loop);
method(futureType, 'set_result', (args) => {
	F(args[0]).setResult(args[1] ?? None);
	return None;
});
method(futureType, 'set_exception', (args) => {
	F(args[0]).setException(args[1] ?? None);
	return None;
});
method(futureType, 'cancel', (args, kwargs) => {
	const self = F(args[0]);
	const [msg] = clinicArgs({ name: 'cancel', params: rt.minor >= 9 ? ['msg'] : [] }, args, kwargs);
	return pyBool(self.cancel(msg ?? None));
});
method(futureType, 'add_done_callback', (args, kwargs) => {
	const fn = args[1];
	if (fn === undefined) throw typeError('add_done_callback() missing 1 required positional argument: \'fn\'');
	// add_done_callback(fn, *, context=None): None means a copy of the current context.
	const given = kwargs?.get('context');
	const ctx = given === undefined || given === None ? copyContextForTask() : given;
	if (ctx !== null && !(ctx instanceof Context)) throw typeError(`an instance of Context was expected, got ${typeOf(ctx).name}`);
	F(args[0]).addDoneCallback(ctx === null ? fn : new ContextDoneCb(fn, ctx));
	return None;
});
method(futureType, 'remove_done_callback', (args) => F(args[0]).removeDoneCallback(args[1] ?? None));
method(futureType, '__await__', (args) => new FutureIter(F(args[0])));
method(futureType, '__iter__', (args) => new FutureIter(F(args[0])));
method(futureType, '__repr__', (args) => {
	const f = F(args[0]);
	return `<${className(f.cls)} ${f.reprInfo().join(' ')}>`;
});
method(futureType, '_make_cancelled_error', (args) => F(args[0]).makeCancelledError());
getset(
	futureType,
	'_asyncio_future_blocking',
	(self) => pyBool(F(self)._asyncio_future_blocking),
	(self, v) => {
		F(self)._asyncio_future_blocking = isTrue(v);
	}
);
getset(futureType, '_loop', (self) => F(self)._loop ?? None);
getset(futureType, '_state', (self) => STATE_NAMES[F(self)._state]);
getset(futureType, '_result', (self) => F(self)._result);
getset(futureType, '_exception', (self) => F(self)._exception ?? None);
getset(futureType, '_source_traceback', (self) => {
	const st = F(self)._sourceTraceback;
	return st === null ? None : stackSummary(st);
});
getset(
	futureType,
	'_log_traceback',
	(self) => pyBool(F(self)._log_traceback),
	(self, v) => {
		if (isTrue(v)) throw newException(exc().InvalidStateError, '_log_traceback can only be set to False');
		F(self)._log_traceback = false;
	}
);
getset(futureType, '_callbacks', (self) => {
	const cbs = F(self)._callbacks ?? [];
	return new PyList(cbs.filter((c) => !(c instanceof NativeDoneCb)).map((c) => (c instanceof ContextDoneCb ? c.fn : c) as PyValue));
});
getset(futureType, '_cancel_message', (self) => F(self)._cancel_message, (self, v) => {
	F(self)._cancel_message = v;
});
method(futureType, '__class_getitem__', (args) => args[0]);

/** futures.isfuture(obj) */
export function isFuture(v: PyValue): boolean {
	if (v instanceof Future) return true;
	if (typeof v !== 'object' || v instanceof PyType) return false;
	const b = v.cls.lookup('_asyncio_future_blocking');
	return b !== undefined && b !== None;
}

/** futures._set_result_unless_cancelled (the callback of sleep's timer). */
export function setResultUnlessCancelled(fut: Future, result: PyValue): void {
	if (fut._state !== FState.Pending) return;
	fut.setResult(result);
}
(setResultUnlessCancelled as NativeCb).pyName = '_set_result_unless_cancelled';

/** futures._get_loop */
export function getLoopOf(fut: PyValue): PyValue {
	if (fut instanceof Future) return fut.loop;
	const gl = getAttrOpt(fut, 'get_loop');
	if (gl !== undefined) return call(gl, []);
	return getAttrOpt(fut, '_loop') ?? None;
}

export { True, False, baseExceptionType, setNew };
export type { Kwargs };
