/*
 * coroutines.ts
 * CPython Lib/asyncio/coroutines.py (iscoroutine, iscoroutinefunction, the legacy
 * @asyncio.coroutine decorator through 3.10) and the runtime's native coroutines: asyncio's
 * own `async def` functions (sleep, wait, Queue.get, Lock.acquire, ...) are written in
 * TypeScript as NativeCoro objects, which await like coroutines and report
 * "coroutine '…' was never awaited" like them.
 */

import { PyType, PyValue, None, True, False, pyBool, typeOf } from '../../objects/object';
import { PyException, typeError, runtimeError, stopIteration, StopIteration, GeneratorExit, newException, DeprecationWarning, valueError } from '../../objects/exceptions';
import { PyFunction, PyBuiltin, PyMethod } from '../../objects/function';
import { PyIteratorBase, call, callType, getAttrOpt, getAttr, repr, objectId, typeName } from '../../objects/protocol';
import { rt } from '../../objects/runtimeState';
import { method, getset } from '../../types/util';
import { CodeFlags } from '../../compiler/codeObject';
import { currentFrame } from '../../vm/interpreter';
import type { Frame } from '../../vm/frame';
import {
	PyCoroutine,
	PyGenerator,
	pendingCoroutines,
	genResume,
	genThrowInternal,
	PyAsyncGenASend,
	PyAsyncGenAThrow,
	ResumeMode,
	stopIterationValue, originTracking, type CoroutineOrigin } from '../../vm/generators';
import { warnHook } from '../../vm/warnings';
import { asyncioType } from './util';
import { Future, FState } from './futures';

/** The Python type of native coroutines: named like CPython's so reprs and messages match. */
export const nativeCoroType = asyncioType('coroutine', 'builtins');

/**
 * A coroutine implemented in TypeScript. `step(exc)` resumes it (sending None, or throwing
 * exc at its suspension point) and returns the value it yields, or `undefined` once it has
 * finished (its return value is then in `ret`).
 */
export abstract class NativeCoro extends PyIteratorBase {
	ret: PyValue = None;
	started = false;
	finished = false;
	running = false;
	/** Where it was created (for "never awaited"), resolved lazily: this is a hot path. */
	private cf: Frame | null;
	private cl = 0;
	/** Set once __await__ was called from Python code (then `yield from` may iterate it). */
	awaitCalled = false;
	constructor(
		public name: string,
		public qualname: string = name
	) {
		super(nativeCoroType);
		const f = currentFrame();
		this.cf = f;
		if (f !== null) {
			this.cl = f.lasti;
			pendingCoroutines.add(this as unknown as PyCoroutine);
			if (originTracking.depth > 0) this.origin = originTracking.capture().slice(0, originTracking.depth);
		}
	}
	/** cr_origin (see PyCoroutine.origin). */
	origin: CoroutineOrigin[] | null = null;
	get createdAt(): { filename: string; line: number; source: string | null } | undefined {
		const f = this.cf;
		if (f === null) return undefined;
		return { filename: f.code.filename, line: f.code.lineAt(this.cl), source: f.code.source };
	}
	protected abstract body(exc: PyException | null): PyValue | undefined;

	/** Where CPython's Python version of this coroutine is (for Task reprs), or null. */
	location(): { file: string; def: number; line: number | null } | null {
		return null;
	}

	/** Resumes the coroutine (see class comment). */
	step(exc: PyException | null): PyValue | undefined {
		if (!this.started) {
			this.started = true;
			this.cf = null;
			pendingCoroutines.delete(this as unknown as PyCoroutine);
		}
		if (this.finished) {
			if (exc !== null) throw exc;
			throw runtimeError('cannot reuse already awaited coroutine');
		}
		if (this.running) throw valueError('coroutine already executing');
		this.running = true;
		let r: PyValue | undefined;
		try {
			r = this.body(exc);
		} catch (e) {
			this.finished = true;
			throw e;
		} finally {
			this.running = false;
		}
		if (r === undefined) this.finished = true;
		return r;
	}

	/** PyIteratorBase protocol used by the VM's SEND: undefined = returned None. */
	nextValue(): PyValue | undefined {
		const r = this.step(null);
		if (r !== undefined) return r;
		const v = this.ret;
		if (v === None) return undefined;
		throw stopIteration(v);
	}

	close(): void {
		if (!this.started) {
			this.started = true;
			this.finished = true;
			pendingCoroutines.delete(this as unknown as PyCoroutine);
			return;
		}
		if (this.finished) return;
		try {
			const r = this.step(newException(GeneratorExit));
			if (r !== undefined) throw runtimeError('coroutine ignored GeneratorExit');
		} catch (e) {
			if (e instanceof PyException && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopIteration))) return;
			throw e;
		}
	}
}

/** A native coroutine whose body is a JS generator (used for everything but the hot paths). */
export class GenCoro extends NativeCoro {
	constructor(
		name: string,
		private it: Generator<PyValue, PyValue, undefined>,
		qualname: string = name
	) {
		super(name, qualname);
	}
	protected body(exc: PyException | null): PyValue | undefined {
		const r = exc === null ? this.it.next() : this.it.throw(exc);
		if (r.done) {
			this.ret = r.value ?? None;
			return undefined;
		}
		return r.value;
	}
}

/** Inside a GenCoro body: `return yield* awaitFuture(fut)` is `return await fut`. */
export function* awaitFuture(fut: Future): Generator<PyValue, PyValue, undefined> {
	if (fut._state === FState.Pending) {
		fut._asyncio_future_blocking = true;
		yield fut;
		if (fut._state === FState.Pending) throw runtimeError("await wasn't used with future");
	}
	return fut.result();
}

/** Inside a GenCoro body: `yield* awaitAny(obj)` is `await obj` for any awaitable. */
export function* awaitAny(obj: PyValue): Generator<PyValue, PyValue, undefined> {
	if (obj instanceof Future) return yield* awaitFuture(obj);
	if (obj instanceof NativeCoro) {
		let exc: PyException | null = null;
		for (;;) {
			const r: PyValue | undefined = obj.step(exc);
			if (r === undefined) return obj.ret;
			exc = null;
			try {
				yield r;
			} catch (e) {
				if (!(e instanceof PyException)) throw e;
				exc = e;
			}
		}
	}
	if (obj instanceof PyCoroutine || (obj instanceof PyGenerator && obj.frame.code.flags & CodeFlags.IterableCoroutine)) {
		return yield* driveGen(obj);
	}
	const aw = typeOf(obj).lookup('__await__');
	if (aw === undefined) throw typeError(`object ${typeName(obj)} can't be used in 'await' expression`);
	const it = call(getAttr(obj, '__await__'), []);
	if (it instanceof PyGenerator) return yield* driveGen(it);
	let exc: PyException | null = null;
	for (;;) {
		let r: PyValue;
		try {
			if (exc === null) {
				if (it instanceof PyIteratorBase) {
					const v = it.nextValue();
					if (v === undefined) return None;
					r = v;
				} else r = call(getAttr(it, '__next__'), []);
			} else {
				const th = getAttrOpt(it, 'throw');
				if (th === undefined) throw exc;
				r = call(th, [exc]);
			}
		} catch (e) {
			if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) return stopIterationValue(e);
			throw e;
		}
		exc = null;
		try {
			yield r;
		} catch (e) {
			if (!(e instanceof PyException)) throw e;
			exc = e;
		}
	}
}

function* driveGen(obj: PyCoroutine | PyGenerator): Generator<PyValue, PyValue, undefined> {
	let exc: PyException | null = null;
	for (;;) {
		const r = exc === null ? genResume(obj, ResumeMode.Send, None) : genThrowInternal(obj, exc);
		if (obj.returned) return obj.returnValue;
		exc = null;
		try {
			yield r;
		} catch (e) {
			if (!(e instanceof PyException)) throw e;
			exc = e;
		}
	}
}

// Python-visible methods of native coroutines.
const NC = (v: PyValue): NativeCoro => v as NativeCoro;
method(nativeCoroType, 'send', (args) => {
	const c = NC(args[0]);
	const v = args[1] ?? None;
	if (v !== None && !c.started) throw typeError("can't send non-None value to a just-started coroutine");
	const r = c.step(null);
	if (r === undefined) throw c.ret === None ? stopIteration() : stopIteration(c.ret);
	return r;
});
method(nativeCoroType, 'throw', (args) => {
	const c = NC(args[0]);
	let e = args[1];
	if (e instanceof PyType) e = callType(e, args[2] !== undefined && args[2] !== None ? [args[2]] : [], null);
	if (!(e instanceof PyException)) throw typeError('exceptions must be classes or instances deriving from BaseException, not ' + typeName(e));
	if (!c.started) {
		c.started = true;
		c.finished = true;
		pendingCoroutines.delete(c as unknown as PyCoroutine);
		throw e;
	}
	const r = c.step(e);
	if (r === undefined) throw c.ret === None ? stopIteration() : stopIteration(c.ret);
	return r;
});
method(nativeCoroType, 'close', (args) => {
	NC(args[0]).close();
	return None;
});
// `await coro` only needs an iterator: the coroutine itself (no wrapper allocation per await).
method(nativeCoroType, '__await__', (args) => {
	const c = NC(args[0]);
	c.awaitCalled = true;
	return c;
});

// `yield from native_coro` inside a @types.coroutine / @asyncio.coroutine generator.
method(nativeCoroType, '__iter__', (args) => {
	const f = currentFrame();
	const c = NC(args[0]);
	if (!c.awaitCalled && (f === null || !(f.code.flags & (CodeFlags.IterableCoroutine | CodeFlags.Coroutine)))) throw typeError("'coroutine' object is not iterable");
	return new NativeCoroWrapper(c);
});

/** coro.__await__() of a native coroutine (CPython's coroutine_wrapper). */
export const nativeCoroWrapperType = asyncioType('coroutine_wrapper', 'builtins');
export class NativeCoroWrapper extends PyIteratorBase {
	constructor(public coro: NativeCoro) {
		super(nativeCoroWrapperType);
	}
	nextValue(): PyValue | undefined {
		return this.coro.nextValue();
	}
}
const W = (v: PyValue): NativeCoro => (v as NativeCoroWrapper).coro;
method(nativeCoroWrapperType, '__iter__', (args) => args[0]);
method(nativeCoroWrapperType, '__next__', (args) => {
	const v = W(args[0]).nextValue();
	if (v === undefined) throw stopIteration();
	return v;
});
for (const name of ['send', 'throw', 'close']) {
	method(nativeCoroWrapperType, name, (args) => call(nativeCoroType.ns.get(name)!, [W(args[0]), ...args.slice(1)]));
}
method(nativeCoroType, '__repr__', (args) => `<coroutine object ${NC(args[0]).qualname} at 0x${objectId(args[0]).toString(16).padStart(12, '0')}>`);
getset(nativeCoroType, '__name__', (self) => NC(self).name);
getset(nativeCoroType, '__qualname__', (self) => NC(self).qualname);
getset(nativeCoroType, 'cr_running', (self) => pyBool(NC(self).running));
getset(nativeCoroType, 'cr_frame', () => None);
getset(nativeCoroType, 'cr_code', () => None);
getset(nativeCoroType, 'cr_await', () => None);
getset(nativeCoroType, 'cr_suspended', (self) => pyBool(NC(self).started && !NC(self).finished && !NC(self).running));

// ---------------------------------------------------------------------------------------------
// iscoroutine / iscoroutinefunction.

/** asyncio.iscoroutine (generators count through 3.11, as in CPython's _COROUTINE_TYPES). */
export function iscoroutine(v: PyValue): boolean {
	if (v instanceof PyCoroutine || v instanceof NativeCoro) return true;
	if (v instanceof PyGenerator) return rt.minor < 12;
	if (typeof v !== 'object' || v instanceof PyType) return false;
	// The awaitables of asend()/athrow()/aclose() have __await__, send, throw and close.
	if (v instanceof PyAsyncGenASend || v instanceof PyAsyncGenAThrow) return true;
	const t = v.cls;
	if (t.isBuiltin) return false;
	// collections.abc.Coroutine's structural check.
	return t.lookup('__await__') !== undefined && t.lookup('send') !== undefined && t.lookup('throw') !== undefined && t.lookup('close') !== undefined;
}

/** Functions marked by @asyncio.coroutine (through 3.10). */
export const legacyCoroutineFunctions = new WeakSet<object>();

/** asyncio.iscoroutinefunction */
export function iscoroutinefunction(v: PyValue): boolean {
	let f = v;
	for (let i = 0; i < 8; i++) {
		if (f instanceof PyMethod) f = f.func;
		else if (typeof f === 'object' && f.cls.name === 'partial') f = getAttrOpt(f, 'func') ?? None;
		else break;
	}
	if (f instanceof PyFunction) {
		if (f.code.flags & CodeFlags.Coroutine) return true;
		if (legacyCoroutineFunctions.has(f)) return true;
		const marker = f.dict ? f.dict.getStr('_is_coroutine') : undefined;
		return marker !== undefined;
	}
	if (typeof f === 'object' && legacyCoroutineFunctions.has(f)) return true;
	if (typeof f === 'object' && f.dict) {
		const marker = f.dict.getStr('_is_coroutine');
		if (marker !== undefined) return true;
	}
	return false;
}

/** CPython attributes the decorator call to the `def` line; the warnings filters apply. */
function decoratorWarning(): void {
	const f = currentFrame();
	if (f === null) return;
	let line = f.code.lineAt(f.lasti);
	const lines = (f.code.source ?? '').split('\n');
	while (line <= lines.length && /^\s*@/.test(lines[line - 1] ?? '')) line++;
	warnHook.warnAt(DeprecationWarning, '"@coroutine" decorator is deprecated since Python 3.8, use "async def" instead', f, line);
}
/** @asyncio.coroutine (removed in 3.11): marks a generator function as a coroutine function. */
export function legacyCoroutineDecorator(func: PyValue): PyValue {
	if (rt.minor >= 8) decoratorWarning();
	if (func instanceof PyFunction && func.code.flags & CodeFlags.Coroutine) return func;
	if (func instanceof PyFunction && func.code.flags & CodeFlags.Generator) {
		// types.coroutine: the generator's code becomes awaitable.
		func.code.flags |= CodeFlags.IterableCoroutine;
		legacyCoroutineFunctions.add(func);
		return func;
	}
	// A plain function: wrap it so that awaiting its result works like CPython's `coro` wrapper.
	const wrapped = new PyBuiltin(
		typeof getAttrOpt(func, '__name__') === 'string' ? (getAttrOpt(func, '__name__') as string) : 'coro',
		(args, kwargs) => {
			const res = call(func, args, kwargs);
			if (res instanceof PyCoroutine || res instanceof PyGenerator || res instanceof Future || res instanceof NativeCoro) return res;
			if (typeof res === 'object' && typeOf(res).lookup('__await__') !== undefined) return res;
			return new GenCoro('coro', (function* () {
				return res;
			})());
		}
	);
	legacyCoroutineFunctions.add(wrapped);
	return wrapped;
}

export { True, False, repr };
