/*
 * locks.ts
 * CPython Lib/asyncio/locks.py: Lock, Event, Condition, Semaphore, BoundedSemaphore with
 * CPython's fairness and wake-up order (waiters are woken first-come first-served, each one
 * resuming one loop iteration later). The Semaphore has three historical variants (3.7-3.9,
 * 3.10-3.12, 3.13), selected per run.
 */

import { PyObject, PyType, PyValue, None, True, False, pyBool } from '../../objects/object';
import { PyException, runtimeError, valueError, typeError, DeprecationWarning, newException } from '../../objects/exceptions';
import { call, isTrue, objectId } from '../../objects/protocol';
import { asInt } from '../../objects/numeric';
import { rt } from '../../objects/runtimeState';
import { method, getset } from '../../types/util';
import { warnHook } from '../../vm/warnings';
import { asyncioType, withDict, parseArgs, gateAttr } from './util';
import { Future } from './futures';
import { getRunningLoop, getEventLoop } from './events';
import { GenCoro, awaitFuture, NativeCoro, NativeCoroWrapper } from './coroutines';
import { isCancelledError } from './exceptions';
import { markWait, traceState } from '../../vm/trace';
import type { EventLoop } from './baseEvents';

/** mixins._LoopBoundMixin._get_loop (3.10+); before 3.10 the loop is taken at creation. */
abstract class LoopBound extends PyObject {
	_loop: EventLoop | null = null;
	getLoop(): EventLoop {
		const loop = getRunningLoop();
		if (this._loop === null) this._loop = loop;
		if (loop !== this._loop) throw runtimeError(`${reprOf(this)} is bound to a different event loop`);
		return loop;
	}
	bindAtCreation(kwargs: Map<string, PyValue> | null): void {
		const loop = kwargs?.get('loop');
		if (loop !== undefined) {
			if (rt.minor === 10) throw typeError(`As of 3.10, the *loop* parameter was removed from ${this.cls.name}() since it is no longer necessary`);
			if (rt.minor >= 11) throw typeError(`${this.cls.name}.__init__() got an unexpected keyword argument 'loop'`);
			if (rt.minor >= 8 && loop !== None) {
				warnHook.warn(DeprecationWarning, 'The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.', 1);
			}
		}
		if (rt.minor < 10) this._loop = loop !== undefined && loop !== None ? (loop as EventLoop) : getEventLoop();
	}
	abstract extraRepr(): string;
}

function reprOf(o: LoopBound): string {
	return `<asyncio.locks.${o.cls.name} object at 0x${objectId(o).toString(16).padStart(12, '0')} [${o.extraRepr()}]>`;
}

function removeFrom(arr: Future[], f: Future): void {
	const i = arr.indexOf(f);
	if (i >= 0) arr.splice(i, 1);
}

// ---------------------------------------------------------------------------------------------
// Lock

export const lockType = asyncioType('Lock', 'asyncio.locks', undefined, (cls) => withDict(new Lock(cls)));
lockType.ns.set('__doc__', 'Primitive lock objects.');

export class Lock extends LoopBound {
	_waiters: Future[] | null = null;
	_locked = false;
	constructor(cls: PyType = lockType) {
		super(cls);
	}
	extraRepr(): string {
		let s = this._locked ? 'locked' : 'unlocked';
		if (this._waiters && this._waiters.length) s += `, waiters:${this._waiters.length}`;
		return s;
	}
	*acquire(): Generator<PyValue, PyValue, undefined> {
		if (!this._locked && (this._waiters === null || this._waiters.every((w) => w.cancelled()))) {
			this._locked = true;
			return True;
		}
		if (this._waiters === null) this._waiters = [];
		const fut = new Future(rt.minor >= 10 ? this.getLoop() : this._loop);
		if (traceState.enabled) markWait(fut, { wait: 'lock', label: 'lock' });
		this._waiters.push(fut);
		try {
			try {
				yield* awaitFuture(fut);
			} finally {
				removeFrom(this._waiters, fut);
			}
		} catch (e) {
			if (isCancelledError(e) && !this._locked) this.wakeUpFirst();
			throw e;
		}
		this._locked = true;
		return True;
	}
	release(): void {
		if (this._locked) {
			this._locked = false;
			this.wakeUpFirst();
		} else throw runtimeError('Lock is not acquired.');
	}
	wakeUpFirst(): void {
		if (!this._waiters || this._waiters.length === 0) return;
		const fut = this._waiters[0];
		if (!fut.done()) fut.setResult(True);
	}
}

// ---------------------------------------------------------------------------------------------
// Event

export const eventType = asyncioType('Event', 'asyncio.locks', undefined, (cls) => withDict(new Event(cls)));
eventType.ns.set('__doc__', 'Asynchronous equivalent to threading.Event.');

export class Event extends LoopBound {
	_waiters: Future[] = [];
	_value = false;
	constructor(cls: PyType = eventType) {
		super(cls);
	}
	extraRepr(): string {
		let s = this._value ? 'set' : 'unset';
		if (this._waiters.length) s += `, waiters:${this._waiters.length}`;
		return s;
	}
	set(): void {
		if (!this._value) {
			this._value = true;
			for (const fut of this._waiters) if (!fut.done()) fut.setResult(True);
		}
	}
	clear(): void {
		this._value = false;
	}
	*wait(): Generator<PyValue, PyValue, undefined> {
		if (this._value) return True;
		const fut = new Future(rt.minor >= 10 ? this.getLoop() : this._loop);
		if (traceState.enabled) markWait(fut, { wait: 'event', label: 'event' });
		this._waiters.push(fut);
		try {
			yield* awaitFuture(fut);
			return True;
		} finally {
			removeFrom(this._waiters, fut);
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Condition

export const conditionType = asyncioType('Condition', 'asyncio.locks', undefined, (cls) => withDict(new Condition(cls)));
conditionType.ns.set('__doc__', 'Asynchronous equivalent to threading.Condition.');

export class Condition extends LoopBound {
	_waiters: Future[] = [];
	lock: Lock | null = null;
	lockObj: PyValue = None;
	constructor(cls: PyType = conditionType) {
		super(cls);
	}
	extraRepr(): string {
		let s = this.locked() ? 'locked' : 'unlocked';
		if (this._waiters.length) s += `, waiters:${this._waiters.length}`;
		return s;
	}
	locked(): boolean {
		return this.lock !== null ? this.lock._locked : isTrue(call(getA(this.lockObj, 'locked'), []));
	}
	*acquire(): Generator<PyValue, PyValue, undefined> {
		if (this.lock !== null) return yield* this.lock.acquire();
		const { awaitAny } = require_coroutines();
		return yield* awaitAny(call(getA(this.lockObj, 'acquire'), []));
	}
	release(): void {
		if (this.lock !== null) this.lock.release();
		else call(getA(this.lockObj, 'release'), []);
	}
	*wait(): Generator<PyValue, PyValue, undefined> {
		if (!this.locked()) throw runtimeError('cannot wait on un-acquired lock');
		this.release();
		let cancelled: PyException | null = null;
		let sawCancel = false;
		try {
			const fut = new Future(rt.minor >= 10 ? this.getLoop() : this._loop);
			if (traceState.enabled) markWait(fut, { wait: 'condition', label: 'condition' });
			this._waiters.push(fut);
			try {
				yield* awaitFuture(fut);
				return True;
			} finally {
				removeFrom(this._waiters, fut);
			}
		} finally {
			// Must re-acquire lock even if wait is cancelled.
			for (;;) {
				try {
					yield* this.acquire();
					break;
				} catch (e) {
					// As CPython's Condition.wait: another error from re-acquiring replaces the first.
					// eslint-disable-next-line no-unsafe-finally
					if (!isCancelledError(e)) throw e;
					sawCancel = true;
					cancelled = e as PyException;
				}
			}
			if (sawCancel) {
				// eslint-disable-next-line no-unsafe-finally
				throw rt.minor >= 11 ? cancelled! : (require_exc().cancelledError());
			}
		}
	}
	*waitFor(predicate: PyValue): Generator<PyValue, PyValue, undefined> {
		let result = call(predicate, []);
		while (!isTrue(result)) {
			yield* this.wait();
			result = call(predicate, []);
		}
		return result;
	}
	notify(n: number): void {
		if (!this.locked()) throw runtimeError('cannot notify on un-acquired lock');
		let idx = 0;
		for (const fut of this._waiters) {
			if (idx >= n) break;
			if (!fut.done()) {
				idx++;
				fut.setResult(False);
			}
		}
	}
}

import * as coroutinesMod from './coroutines';
import * as excMod from './exceptions';
import { getAttr } from '../../objects/protocol';
function require_coroutines(): typeof coroutinesMod {
	return coroutinesMod;
}
function require_exc(): typeof excMod {
	return excMod;
}
function getA(o: PyValue, n: string): PyValue {
	return getAttr(o, n);
}

// ---------------------------------------------------------------------------------------------
// Semaphore / BoundedSemaphore

export const semaphoreType = asyncioType('Semaphore', 'asyncio.locks', undefined, (cls) => withDict(new Semaphore(cls)));
semaphoreType.ns.set('__doc__', 'A Semaphore implementation.');
export const boundedSemaphoreType = asyncioType('BoundedSemaphore', 'asyncio.locks', semaphoreType);
boundedSemaphoreType.ns.set('__doc__', 'A bounded semaphore implementation.');

export class Semaphore extends LoopBound {
	_waiters: Future[] | null = null;
	_value = 1;
	_bound_value = -1;
	constructor(cls: PyType = semaphoreType) {
		super(cls);
	}
	extraRepr(): string {
		let s = this.locked() ? 'locked' : `unlocked, value:${this._value}`;
		if (this._waiters && this._waiters.length) s += `, waiters:${this._waiters.length}`;
		return s;
	}
	locked(): boolean {
		if (rt.minor < 10) return this._value === 0;
		return this._value === 0 || (this._waiters !== null && this._waiters.some((w) => !w.cancelled()));
	}
	newWaiter(): Future {
		const fut = new Future(rt.minor >= 10 ? this.getLoop() : this._loop);
		if (traceState.enabled) markWait(fut, { wait: 'semaphore', label: 'semaphore' });
		return fut;
	}
	_wakeup_scheduled = false;
	*acquire(): Generator<PyValue, PyValue, undefined> {
		if (rt.minor === 9) {
			// 3.9.x: _wakeup_scheduled keeps newcomers behind a woken waiter.
			if (this._waiters === null) this._waiters = [];
			while (this._wakeup_scheduled || this._value <= 0) {
				const fut = this.newWaiter();
				this._waiters.push(fut);
				try {
					yield* awaitFuture(fut);
					this._wakeup_scheduled = false;
				} catch (e) {
					if (isCancelledError(e)) this.wakeUpNext();
					throw e;
				}
			}
			this._value--;
			return True;
		}
		if (rt.minor < 10) {
			if (this._waiters === null) this._waiters = [];
			while (this._value <= 0) {
				const fut = this.newWaiter();
				this._waiters.push(fut);
				try {
					yield* awaitFuture(fut);
				} catch (e) {
					fut.cancel();
					if (this._value > 0 && !fut.cancelled()) this.wakeUpNext();
					throw e;
				}
			}
			this._value--;
			return True;
		}
		if (!this.locked()) {
			this._value--;
			return True;
		}
		if (this._waiters === null) this._waiters = [];
		const fut = this.newWaiter();
		this._waiters.push(fut);
		if (rt.minor >= 13) {
			try {
				try {
					yield* awaitFuture(fut);
				} finally {
					removeFrom(this._waiters, fut);
				}
			} catch (e) {
				if (isCancelledError(e) && fut.done() && !fut.cancelled()) this._value++;
				throw e;
			} finally {
				while (this._value > 0) if (!this.wakeUpNext()) break;
			}
			return True;
		}
		try {
			try {
				yield* awaitFuture(fut);
			} finally {
				removeFrom(this._waiters, fut);
			}
		} catch (e) {
			if (isCancelledError(e) && !fut.cancelled()) {
				this._value++;
				this.wakeUpNext();
			}
			throw e;
		}
		if (this._value > 0) this.wakeUpNext();
		return True;
	}
	release(): void {
		if (this._bound_value >= 0 && this._value >= this._bound_value) throw valueError('BoundedSemaphore released too many times');
		this._value++;
		this.wakeUpNext();
	}
	wakeUpNext(): boolean {
		const ws = this._waiters;
		if (!ws || ws.length === 0) return false;
		if (rt.minor < 10) {
			while (ws.length) {
				const w = ws.shift()!;
				if (!w.done()) {
					w.setResult(None);
					if (rt.minor === 9) this._wakeup_scheduled = true;
					return true;
				}
			}
			return false;
		}
		for (const fut of ws) {
			if (!fut.done()) {
				this._value--;
				fut.setResult(True);
				return true;
			}
		}
		return false;
	}
}

// ---------------------------------------------------------------------------------------------
// Python-visible API.

function asyncMethod<T>(t: PyType, name: string, qualname: string, body: (self: T, args: PyValue[]) => Generator<PyValue, PyValue, undefined>): void {
	method(t, name, (args) => new GenCoro(name, body(args[0] as T, args), qualname));
}

/**
 * CPython 3.7/3.8 locks._ContextManager: what `await lock` / `yield from lock` return, so that
 * `with await lock:` / `with (yield from lock):` hold the lock for the block (removed in 3.9).
 */
export const lockContextManagerType = asyncioType('_ContextManager', 'asyncio.locks');
class LockContextManager extends PyObject {
	constructor(public release: (() => void) | null) {
		super(lockContextManagerType);
	}
}
method(lockContextManagerType, '__enter__', () => None);
method(lockContextManagerType, '__exit__', (args) => {
	const cm = args[0] as LockContextManager;
	try {
		cm.release?.();
	} finally {
		cm.release = null;
	}
	return None;
});

/** CPython 3.7/3.8 locks._ContextManagerMixin's deprecated protocols (version-gated). */
function installLegacyContextManager<T>(t: PyType, acquire: (self: T) => Generator<PyValue, PyValue, undefined>, release: (self: T) => void): void {
	method(t, '__enter__', () => {
		throw runtimeError('"yield from" should be used as context manager expression');
	});
	method(t, '__exit__', () => None);
	// A generator (@coroutine): the warning comes with its first step, from the `yield from`.
	method(t, '__iter__', (args) => {
		const self = args[0] as T;
		const gen = new GenCoro('__iter__', (function* () {
			warnHook.warn(DeprecationWarning, "'with (yield from lock)' is deprecated use 'async with lock' instead", 1);
			yield* acquire(self);
			return new LockContextManager(() => release(self));
		})(), '_ContextManagerMixin.__iter__');
		return new NativeCoroWrapper(gen);
	});
	// `return self.__acquire_ctx().__await__()`, warning for the frame that awaits.
	method(t, '__await__', (args) => {
		const self = args[0] as T;
		warnHook.warn(DeprecationWarning, "'with await lock' is deprecated use 'async with lock' instead", 1);
		const gen = new GenCoro('__acquire_ctx', (function* () {
			yield* acquire(self);
			return new LockContextManager(() => release(self));
		})(), '_ContextManagerMixin.__acquire_ctx');
		return new NativeCoroWrapper(gen);
	});
	for (const name of ['__enter__', '__exit__', '__iter__', '__await__']) gateAttr(t, name, 7, 8);
}

function installContextManager<T>(t: PyType, acquire: (self: T) => Generator<PyValue, PyValue, undefined>, release: (self: T) => void): void {
	installLegacyContextManager(t, acquire, release);
	method(t, '__aenter__', (args) => {
		const self = args[0] as T;
		return new GenCoro('__aenter__', (function* () {
			yield* acquire(self);
			return None;
		})(), `${t.name}.__aenter__`);
	});
	method(t, '__aexit__', (args) => {
		const self = args[0] as T;
		return new GenCoro('__aexit__', (function* () {
			release(self);
			return None;
		})(), `${t.name}.__aexit__`);
	});
}

function lockInit(self: LoopBound, args: PyValue[], kwargs: Map<string, PyValue> | null, name: string): void {
	if (args.length > 1 && name !== 'Semaphore' && name !== 'BoundedSemaphore' && name !== 'Condition') {
		throw typeError(`${name}.__init__() takes 1 positional argument but ${args.length} were given`);
	}
	self.bindAtCreation(kwargs);
}

// Lock
method(lockType, '__init__', (args, kwargs) => {
	lockInit(args[0] as Lock, args, kwargs, 'Lock');
	return None;
});
asyncMethod(lockType, 'acquire', 'Lock.acquire', (self: Lock) => self.acquire());
method(lockType, 'release', (args) => {
	(args[0] as Lock).release();
	return None;
});
method(lockType, 'locked', (args) => pyBool((args[0] as Lock)._locked));
method(lockType, '__repr__', (args) => reprOf(args[0] as Lock));
installContextManager(lockType, (s: Lock) => s.acquire(), (s: Lock) => s.release());
getset(lockType, '_waiters', (self) => listOf((self as Lock)._waiters));
getset(lockType, '_locked', (self) => pyBool((self as Lock)._locked));

// Event
method(eventType, '__init__', (args, kwargs) => {
	lockInit(args[0] as Event, args, kwargs, 'Event');
	return None;
});
method(eventType, 'is_set', (args) => pyBool((args[0] as Event)._value));
method(eventType, 'set', (args) => {
	(args[0] as Event).set();
	return None;
});
method(eventType, 'clear', (args) => {
	(args[0] as Event).clear();
	return None;
});
asyncMethod(eventType, 'wait', 'Event.wait', (self: Event) => self.wait());
method(eventType, '__repr__', (args) => reprOf(args[0] as Event));
getset(eventType, '_waiters', (self) => listOf((self as Event)._waiters));
getset(eventType, '_value', (self) => pyBool((self as Event)._value));

// Condition
method(conditionType, '__init__', (args, kwargs) => {
	const self = args[0] as Condition;
	const [lock] = parseArgs('Condition', args, kwargs && kwargs.has('lock') ? new Map([['lock', kwargs.get('lock')!]]) : null, ['lock'], 0);
	const kw = kwargs ? new Map([...kwargs].filter(([k]) => k !== 'lock')) : null;
	self.bindAtCreation(kw);
	if (lock === undefined || lock === None) {
		const l = new Lock();
		l._loop = self._loop;
		self.lock = l;
		self.lockObj = l;
	} else {
		if (lock instanceof Lock) self.lock = lock;
		self.lockObj = lock;
		if (lock instanceof Lock && rt.minor < 10 && lock._loop !== self._loop) throw valueError('loop argument must agree with lock');
	}
	return None;
});
asyncMethod(conditionType, 'acquire', 'Condition.acquire', (self: Condition) => self.acquire());
method(conditionType, 'release', (args) => {
	(args[0] as Condition).release();
	return None;
});
method(conditionType, 'locked', (args) => pyBool((args[0] as Condition).locked()));
asyncMethod(conditionType, 'wait', 'Condition.wait', (self: Condition) => self.wait());
asyncMethod(conditionType, 'wait_for', 'Condition.wait_for', (self: Condition, args) => self.waitFor(args[1] ?? None));
method(conditionType, 'notify', (args, kwargs) => {
	const [n] = parseArgs('notify', args, kwargs, ['n'], 0);
	(args[0] as Condition).notify(n === undefined ? 1 : Number(asInt(n) ?? 1));
	return None;
});
method(conditionType, 'notify_all', (args) => {
	const c = args[0] as Condition;
	c.notify(c._waiters.length);
	return None;
});
method(conditionType, '__repr__', (args) => reprOf(args[0] as Condition));
installContextManager(conditionType, (s: Condition) => s.acquire(), (s: Condition) => s.release());
getset(conditionType, '_waiters', (self) => listOf((self as Condition)._waiters));

// Semaphore
function semInit(args: PyValue[], kwargs: Map<string, PyValue> | null, bounded: boolean): PyValue {
	const self = args[0] as Semaphore;
	const kw = kwargs ? new Map([...kwargs].filter(([k]) => k !== 'loop')) : null;
	const [value] = parseArgs(bounded ? 'BoundedSemaphore' : 'Semaphore', args, kw && kw.size ? kw : null, ['value'], 0);
	const v = value === undefined ? 1 : Number(asInt(value) ?? 1);
	if (v < 0) throw valueError('Semaphore initial value must be >= 0');
	self.bindAtCreation(kwargs);
	self._value = v;
	if (bounded) self._bound_value = v;
	return None;
}
method(semaphoreType, '__init__', (args, kwargs) => semInit(args, kwargs, false));
method(boundedSemaphoreType, '__init__', (args, kwargs) => semInit(args, kwargs, true));
asyncMethod(semaphoreType, 'acquire', 'Semaphore.acquire', (self: Semaphore) => self.acquire());
method(semaphoreType, 'release', (args) => {
	(args[0] as Semaphore).release();
	return None;
});
method(semaphoreType, 'locked', (args) => pyBool((args[0] as Semaphore).locked()));
method(semaphoreType, '__repr__', (args) => reprOf(args[0] as Semaphore));
installContextManager(semaphoreType, (s: Semaphore) => s.acquire(), (s: Semaphore) => s.release());
getset(semaphoreType, '_value', (self) => (self as Semaphore)._value);
getset(semaphoreType, '_waiters', (self) => listOf((self as Semaphore)._waiters));
getset(boundedSemaphoreType, '_bound_value', (self) => (self as Semaphore)._bound_value);

import { PyList } from '../../objects/containers';
function listOf(a: Future[] | null): PyValue {
	if (a === null) return None;
	return new PyList(a.slice());
}

export const LOCKS_ALL = ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore'];
export type { NativeCoro };

// ---------------------------------------------------------------------------------------------
// Barrier (3.11+)

export const barrierType = asyncioType('Barrier', 'asyncio.locks', undefined, (cls) => withDict(new Barrier(cls)));
barrierType.ns.set('__doc__', 'Asyncio equivalent to threading.Barrier');

const enum BState {
	Filling,
	Draining,
	Resetting,
	Broken,
}
const BSTATE_NAMES = ['filling', 'draining', 'resetting', 'broken'];

export class Barrier extends LoopBound {
	cond = new Condition();
	parties = 1;
	bstate = BState.Filling;
	count = 0;
	constructor(cls: PyType = barrierType) {
		super(cls);
		const l = new Lock();
		this.cond.lock = l;
		this.cond.lockObj = l;
	}
	extraRepr(): string {
		let s = BSTATE_NAMES[this.bstate];
		if (this.bstate !== BState.Broken) s += `, waiters:${this.nWaiting()}/${this.parties}`;
		return s;
	}
	nWaiting(): number {
		return this.bstate === BState.Filling ? this.count : 0;
	}
	*condWaitFor(pred: () => boolean): Generator<PyValue, PyValue, undefined> {
		while (!pred()) yield* this.cond.wait();
		return True;
	}
	*wait(): Generator<PyValue, PyValue, undefined> {
		yield* this.cond.acquire();
		try {
			yield* this.condWaitFor(() => this.bstate !== BState.Draining && this.bstate !== BState.Resetting);
			if (this.bstate === BState.Broken) throw newException(require_exc().exc().BrokenBarrierError, 'Barrier aborted');
			try {
				const index = this.count;
				this.count++;
				if (index + 1 === this.parties) {
					this.bstate = BState.Draining;
					this.cond.notify(this.cond._waiters.length);
				} else {
					yield* this.condWaitFor(() => this.bstate !== BState.Filling);
					const st = this.bstate as BState;
					if (st === BState.Broken || st === BState.Resetting) {
						throw newException(require_exc().exc().BrokenBarrierError, 'Abort or reset of barrier');
					}
				}
				return index;
			} finally {
				this.count--;
				if (this.count === 0) {
					if (this.bstate === BState.Resetting || this.bstate === BState.Draining) this.bstate = BState.Filling;
					this.cond.notify(this.cond._waiters.length);
				}
			}
		} finally {
			this.cond.release();
		}
	}
	*reset(): Generator<PyValue, PyValue, undefined> {
		yield* this.cond.acquire();
		try {
			if (this.count > 0) {
				if (this.bstate !== BState.Resetting) this.bstate = BState.Resetting;
			} else this.bstate = BState.Filling;
			this.cond.notify(this.cond._waiters.length);
		} finally {
			this.cond.release();
		}
		return None;
	}
	*abort(): Generator<PyValue, PyValue, undefined> {
		yield* this.cond.acquire();
		try {
			this.bstate = BState.Broken;
			this.cond.notify(this.cond._waiters.length);
		} finally {
			this.cond.release();
		}
		return None;
	}
}

method(barrierType, '__init__', (args, kwargs) => {
	const self = args[0] as Barrier;
	const [parties] = parseArgs('Barrier', args, kwargs, ['parties'], 1);
	const n = Number(asInt(parties!) ?? 0);
	if (n < 1) throw valueError('parties must be > 0');
	self.parties = n;
	return None;
});
asyncMethod(barrierType, 'wait', 'Barrier.wait', (self: Barrier) => self.wait());
asyncMethod(barrierType, 'reset', 'Barrier.reset', (self: Barrier) => self.reset());
asyncMethod(barrierType, 'abort', 'Barrier.abort', (self: Barrier) => self.abort());
method(barrierType, '__aenter__', (args) => new GenCoro('__aenter__', (args[0] as Barrier).wait(), 'Barrier.__aenter__'));
method(barrierType, '__aexit__', () => new GenCoro('__aexit__', (function* () {
	return None;
})(), 'Barrier.__aexit__'));
getset(barrierType, 'parties', (self) => (self as Barrier).parties);
getset(barrierType, 'n_waiting', (self) => (self as Barrier).nWaiting());
getset(barrierType, 'broken', (self) => pyBool((self as Barrier).bstate === BState.Broken));
method(barrierType, '__repr__', (args) => reprOf(args[0] as Barrier));
