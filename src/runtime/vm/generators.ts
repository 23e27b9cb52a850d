/*
 * generators.ts
 * Generator, coroutine and async-generator objects (PEP 255/342/380/479/492/525): each owns
 * one suspended Frame. send/throw/close follow CPython's genobject.c, including forwarding
 * throw()/close() to the sub-iterator of a `yield from`/`await` (CPython's _PyGen_yf).
 */

import { PyObject, PyValue, None, makeBuiltinType, PyType, typeOf } from '../objects/object';
import {
	PyException,
	GeneratorExit,
	StopIteration,
	StopAsyncIteration,
	RuntimeError,
	ValueError,
	TypeError,
	newException,
	typeError,
	runtimeError,
	valueError,
	baseExceptionType,
} from '../objects/exceptions';
import { PyIteratorBase, call, getAttrOpt, typeName, callType } from '../objects/protocol';
import type { Frame } from './frame';
import { Op, GenLifetime, GenDrop } from '../compiler/opcodes';
import { CodeFlags } from '../compiler/codeObject';
import { rt } from '../objects/runtimeState';
import { resumeFrame, exitKind, ExitKind, currentFrame, traceHandOff } from './interpreter';
import { traceState } from './trace';
import { PyBuiltin, PyFunction, functionType } from '../objects/function';
import { listType, tupleType, setType, frozensetType, dictType } from '../objects/containers';
import { iteratorHolders } from '../objects/iteratorHolders';

export const generatorType = makeBuiltinType('generator');
export const coroutineType = makeBuiltinType('coroutine');
export const asyncGeneratorType = makeBuiltinType('async_generator');
export const coroutineWrapperType = makeBuiltinType('coroutine_wrapper');
export const asyncGenASendType = makeBuiltinType('async_generator_asend');
export const asyncGenAThrowType = makeBuiltinType('async_generator_athrow');
// Only calling their functions makes these (CPython: no tp_new): `types.GeneratorType()`
// raises "cannot create 'generator' instances" instead of making an empty object.
for (const t of [generatorType, coroutineType, asyncGeneratorType, coroutineWrapperType, asyncGenASendType, asyncGenAThrowType]) t.alloc = null;
const asyncGenWrappedType = makeBuiltinType('async_generator_wrapped_value');

export const enum GenState {
	Created,
	Suspended,
	Running,
	Closed,
}

/** State shared by generators, coroutines and async generators. */
export interface GenLike extends PyObject {
	frame: Frame;
	name: string;
	qualname: string;
	state: GenState;
	/** After a resume: true if the frame returned (value in returnValue). */
	returned: boolean;
	returnValue: PyValue;
	/** What the body is called in messages: 'generator' | 'coroutine' | 'async generator'. */
	readonly noun: string;
	/** Line of the call that created it (for "never awaited"). */
	createdAt?: { filename: string; line: number; source: string | null };
}

export class PyGenerator extends PyIteratorBase implements GenLike {
	state = GenState.Created;
	returned = false;
	returnValue: PyValue = None;
	readonly noun = 'generator';
	/**
	 * Only a `for` loop's value stack refers to it: CPython frees it (and so closes it, running
	 * its finally blocks) as soon as the loop drops it by `break`, `return` or an exception.
	 */
	loopOwned = false;
	/**
	 * The frame, and its fast slot (or, in module code, its global name) that alone refers to this
	 * generator (compiler/generatorOwners.ts): CPython closes it when that variable lets it go.
	 */
	ownerFrame: Frame | null = null;
	ownerSlot = -1;
	ownerName: string | null = null;
	constructor(
		public frame: Frame,
		public name: string,
		public qualname: string
	) {
		super(generatorType);
	}
	nextValue(): PyValue | undefined {
		const v = genResume(this, ResumeMode.Send, None);
		return this.returned ? undefined : v;
	}
	override stopIteration(): PyException {
		return this.returned && this.returnValue !== None ? newException(StopIteration, this.returnValue) : newException(StopIteration);
	}
}

export class PyCoroutine extends PyObject implements GenLike {
	state = GenState.Created;
	returned = false;
	returnValue: PyValue = None;
	readonly noun = 'coroutine';
	/** Set once the coroutine has been started or closed (for the never-awaited warning). */
	awaited = false;
	/** As PyGenerator's: the variable that alone refers to a coroutine driven by hand (send/throw). */
	ownerFrame: Frame | null = null;
	ownerSlot = -1;
	ownerName: string | null = null;
	createdAt?: { filename: string; line: number; source: string | null };
	/** cr_origin while origin tracking is on: (filename, line, function, source line), innermost first. */
	origin: CoroutineOrigin[] | null = null;
	constructor(
		public frame: Frame,
		public name: string,
		public qualname: string
	) {
		super(null); // see PyObject's constructor
		this.dict = null;
		this.cls = coroutineType;
	}
}

export class PyAsyncGenerator extends PyObject implements GenLike {
	state = GenState.Created;
	returned = false;
	returnValue: PyValue = None;
	readonly noun = 'async generator';
	/** An asend/athrow awaitable is currently running this generator. */
	runningAsync = false;
	hooksCalled = false;
	/**
	 * The finalizer hook in force when it was first iterated (CPython ag_origin_or_finalizer):
	 * called instead of closing it when it is freed while suspended.
	 */
	finalizer: ((g: PyAsyncGenerator) => void) | null = null;
	/** Only an `async for` loop's value stack refers to it (as PyGenerator.loopOwned). */
	loopOwned = false;
	constructor(
		public frame: Frame,
		public name: string,
		public qualname: string
	) {
		super(asyncGeneratorType);
	}
}

/**
 * sys.set_asyncgen_hooks, reduced to what asyncio needs: firstiter is called once per async
 * generator on its first __anext__/asend (the running event loop records it for
 * shutdown_asyncgens); the finalizer in force then is kept by the generator and called when the
 * generator is freed unfinished (the loop schedules its aclose() in a task). Set by the asyncio
 * module while a loop runs.
 */
export const asyncGenHooks = {
	firstiter: null as ((g: PyAsyncGenerator) => void) | null,
	finalizer: null as ((g: PyAsyncGenerator) => void) | null,
};

/** CPython async_gen_init_hooks: once per generator, keeps the finalizer and calls firstiter. */
function initAsyncGenHooks(agen: PyAsyncGenerator): void {
	if (agen.hooksCalled) return;
	agen.hooksCalled = true;
	agen.finalizer = asyncGenHooks.finalizer;
	asyncGenHooks.firstiter?.(agen);
}

/** Marks a value yielded by `yield` in an async generator (as opposed to an await passing through). */
export class AsyncGenWrapped extends PyObject {
	constructor(public value: PyValue) {
		super(asyncGenWrappedType);
	}
}

export const enum ResumeMode {
	Send, // push the value as the result of the suspended yield
	Throw, // raise the value (an exception) at the suspension point
	YieldFromReturn, // the delegate finished: replace it with the value and jump past the SEND loop
}

/** Creates the generator-like object for a call of a generator/coroutine function. */
export function makeGenerator(frame: Frame, viaNative = false): PyObject {
	const code = frame.code;
	// CPython names the object after the function's __name__/__qualname__ (which may have been
	// reassigned), not its code's.
	const fn = frame.func;
	const name = fn !== null ? fn.name : code.name;
	const qualname = fn !== null ? fn.qualname : code.qualname;
	let g: PyGenerator | PyCoroutine | PyAsyncGenerator;
	if (code.flags & CodeFlags.Coroutine) {
		g = new PyCoroutine(frame, name, qualname);
		const caller = currentFrame();
		if (caller) {
			g.createdAt = { filename: caller.code.filename, line: caller.code.lineAt(caller.lasti), source: caller.code.source };
			const callerCode = caller.code;
			if (callerCode.ownedGenSlots !== null || callerCode.ownedGenNames !== null) noteOwner(g, caller);
		}
		if (originTracking.depth > 0) g.origin = originTracking.capture().slice(0, originTracking.depth);
		pendingCoroutines.add(g);
	} else if (code.flags & CodeFlags.AsyncGenerator) {
		const agen = new PyAsyncGenerator(frame, name, qualname);
		const caller = currentFrame();
		lastMadeAsync.agen = viaNative ? null : agen;
		lastMadeAsync.frame = caller;
		lastMadeAsync.lasti = caller?.lasti ?? -1;
		g = agen;
	} else {
		const gen = new PyGenerator(frame, name, qualname);
		if (code.ownedGenSlots !== null) takeGenexpIterator(frame);
		const caller = currentFrame();
		// Made by a native the running frame called (it may keep the generator, as a cache
		// would): nobody can tell who else refers to it.
		if (viaNative) lastMade.gen = null;
		else if (caller !== null) {
			lastMade.gen = gen;
			lastMade.frame = caller;
			lastMade.lasti = caller.lasti;
			const callerCode = caller.code;
			if (callerCode.ownedGenSlots !== null || callerCode.ownedGenNames !== null) noteOwner(gen, caller);
		}
		g = gen;
	}
	frame.gen = g;
	return g;
}

/**
 * A generator expression's frame gets its argument `.0`: a generator its GET_ITER marked as new
 * (markLoopOwned; compiler.ts comprehension gives such an expression ownedGenSlots [0]). The
 * expression alone refers to it now: it is freed (closed) with the expression's frame, when the
 * expression is exhausted or closed (genClose), not when the expression's loop lets it go.
 */
function takeGenexpIterator(frame: Frame): void {
	const it = frame.fast[0];
	if (it instanceof PyGenerator && it.loopOwned && it.state === GenState.Created && frame.code.argcount === 1) {
		it.loopOwned = false;
		it.ownerFrame = frame;
		it.ownerSlot = 0;
		frame.ownsGenerators = true;
	}
}

/**
 * A generator made by the call at `caller.lasti`: when the next instruction stores it into a
 * variable that may own a generator, that variable is its only reference.
 */
function noteOwner(gen: PyGenerator | PyCoroutine, caller: Frame): void {
	const code = caller.code;
	const bc = code.code;
	const next = caller.lasti + 2;
	if (next >= bc.length) return;
	const op = bc[next];
	const arg = bc[next + 1];
	if (op === Op.STORE_FAST || op === Op.STORE_FAST_LOAD_FAST || op === Op.STORE_FAST_STORE_FAST) {
		const slots = code.ownedGenSlots;
		if (slots !== null && slots.includes(arg)) {
			gen.ownerFrame = caller;
			gen.ownerSlot = arg;
			caller.ownsGenerators = true;
			// `g = gen(...)` again: the generator g held goes when the new one is stored (unless
			// another variable still holds it). Closing it now, as the new one (which runs nothing
			// yet) is made, looks the same.
			const old = caller.fast[arg];
			if ((old instanceof PyGenerator || old instanceof PyCoroutine) && old.ownerFrame === caller && !heldByOwner(old, caller, arg)) {
				old.ownerFrame = null;
				finalizeDropped(old);
			}
		}
	} else if (op === Op.STORE_NAME) {
		const name = code.names[arg];
		if (code.ownedGenNames !== null && code.ownedGenNames.has(name)) {
			gen.ownerFrame = caller;
			gen.ownerName = name;
		}
	}
}

/**
 * Whether a variable of `f` that may own generators (other than fast slot `exceptSlot`) holds
 * `g`. The variables of one alias group (`b = a`) share the generator; it lives while one does.
 */
function heldByOwner(g: PyGenerator | PyCoroutine, f: Frame, exceptSlot = -1): boolean {
	const code = f.code;
	const slots = code.ownedGenSlots;
	if (slots !== null) {
		const fast = f.fast;
		for (let i = 0; i < slots.length; i++) if (slots[i] !== exceptSlot && fast[slots[i]] === g) return true;
	}
	const names = code.ownedGenNames;
	if (names !== null && f.locals !== null) for (const name of names) if (f.locals.getStr(name) === g) return true;
	return false;
}

/** A variable owning `v` let it go: if it was the last, the generator is freed, so closed (CPython). */
export function releaseOwned(v: PyValue | undefined, f: Frame): void {
	if ((v instanceof PyGenerator || v instanceof PyCoroutine) && v.ownerFrame === f && !heldByOwner(v, f)) {
		v.ownerFrame = null;
		finalizeDropped(v);
	}
}

/**
 * A frame returns: the generators its variables owned are freed as the frame clears its
 * variables in slot order, each when the last slot holding it is cleared.
 */
export function releaseOwnedSlots(f: Frame, returned: PyValue): void {
	f.ownsGenerators = false;
	const slots = f.code.ownedGenSlots;
	if (slots === null) return;
	const fast = f.fast;
	for (let i = 0; i < slots.length; i++) {
		const v = fast[slots[i]];
		if ((v instanceof PyGenerator || v instanceof PyCoroutine) && v.ownerFrame === f && v !== returned) {
			fast[slots[i]] = undefined;
			releaseOwned(v, f);
		}
	}
}

/**
 * GET_ITER of a `for` loop whose iterable is a call: when that call itself made the generator
 * (directly or through a native such as functools.partial, not through a Python function that
 * could have kept it), the loop holds the only reference to it.
 */
export function markLoopOwned(f: Frame, v: PyValue): void {
	const gen = lastMade.gen;
	if (gen !== null && v === gen && lastMade.frame === f && lastMade.lasti === f.lasti && gen.state === GenState.Created)
		gen.loopOwned = true;
	lastMade.gen = null;
	lastMade.frame = null;
}

/**
 * GET_ITER 2 (a `for` loop or generator expression over a plain expression): `it` is what
 * iter(obj) returned. When obj's class defines `__iter__` as a generator function, `it` is the
 * new generator that call made, and the loop (or expression) alone refers to it.
 */
export function markIterOwned(obj: PyValue, it: PyValue): void {
	if (!(it instanceof PyGenerator) || it === obj || it.state !== GenState.Created || it.ownerFrame !== null) return;
	const method = typeOf(obj).lookup('__iter__');
	if (method instanceof PyFunction && method.cls === functionType && method.code === it.frame.code && (method.code.flags & CodeFlags.Generator) !== 0)
		it.loopOwned = true;
}

/**
 * GET_AITER of an `async for` over a call's result: when that call itself made the async
 * generator, the loop holds the only reference to it (as markLoopOwned).
 */
export function markAsyncLoopOwned(f: Frame, v: PyValue): void {
	const agen = lastMadeAsync.agen;
	if (agen !== null && v === agen && lastMadeAsync.frame === f && lastMadeAsync.lasti === f.lasti && agen.state === GenState.Created)
		agen.loopOwned = true;
	lastMadeAsync.agen = null;
	lastMadeAsync.frame = null;
}

/** The async generator made last (as lastMade below, for markAsyncLoopOwned). */
const lastMadeAsync: { agen: PyAsyncGenerator | null; frame: Frame | null; lasti: number } = { agen: null, frame: null, lasti: -1 };

/**
 * An `async for` loop dropped its async generator (break, return, an exception): CPython's
 * refcount reaches zero and _PyGen_Finalize hands a suspended one to the finalizer hook it
 * kept (asyncio's schedules `create_task(agen.aclose())`), whose errors are unraisable. One
 * with no finalizer is left alone here (asyncio.run's shutdown_asyncgens closes those).
 */
export function finalizeDroppedAsyncGen(g: PyAsyncGenerator): void {
	g.loopOwned = false;
	const finalizer = g.finalizer;
	if (finalizer === null || g.state === GenState.Closed || g.returned) return;
	try {
		finalizer(g);
	} catch (e) {
		if (!(e instanceof PyException)) throw e;
		unraisableHook.report(e, g);
	}
}

/**
 * The generator made last, with the frame running when it was made and that frame's instruction
 * then (f_lasti): GET_ITER right after the call that made it knows the loop has the only reference.
 */
export const lastMade: { gen: PyGenerator | null; frame: Frame | null; lasti: number } = { gen: null, frame: null, lasti: -1 };

/**
 * A plain function returns `lastMade.gen` to `caller` (the interpreter's RETURN_VALUE, `pc` just
 * past it): if the call just before that return made it (`return gen(...)`, `return
 * obj.method()`), the function kept no reference, so to its caller the generator is as new as if
 * the caller's own call had made it: a loop over it, a temporary or a variable can own it.
 */
export function passFreshGenerator(f: Frame, caller: Frame, pc: number): void {
	const gen = lastMade.gen;
	// f.lasti: the call was the last instruction f ran that sets it (lasti restarts at 0 when
	// a frame is reused), so it ran in this invocation, not in an earlier one of this frame.
	if (gen === null || lastMade.frame !== f || lastMade.lasti !== pc - 4 || f.lasti !== pc - 4 || gen.state !== GenState.Created || gen.ownerFrame !== null) {
		lastMade.gen = null;
		return;
	}
	lastMade.frame = caller;
	lastMade.lasti = caller.lasti;
	const code = caller.code;
	if (code.ownedGenSlots !== null || code.ownedGenNames !== null) noteOwner(gen, caller);
}

/**
 * As passFreshGenerator, for a compiled function (vm/jit.ts) that returned `lastMade.gen` to the
 * interpreter's frame `caller`: the instruction after the call that made it (f's f_lasti, set by
 * every compiled call) is its RETURN_VALUE.
 */
export function passFreshFromCompiled(f: Frame, caller: Frame): void {
	const lasti = lastMade.lasti;
	if (lastMade.frame === f && f.lasti === lasti && f.code.code[lasti + 2] === Op.RETURN_VALUE) passFreshGenerator(f, caller, lasti + 4);
	else lastMade.gen = null;
}

/**
 * Generators (directly, or inside a zip/enumerate/map/filter/islice object) that a call's
 * argument alone refers to: CPython frees them when that call returns and releases its
 * arguments. `site` is the call's GEN_LIFETIME site in `frame`; HELD_BY_WRAPPER marks those a
 * wrapper made at this frame's last Wrap holds (`holder`), until the enclosing call takes them.
 */
interface Temporaries {
	frame: Frame;
	site: number;
	/** The argument's position (the marks of one call run in increasing order). */
	index: number;
	gens: PyGenerator[];
	holder: PyValue | null;
}
const temporaries: Temporaries[] = [];
const HELD_BY_WRAPPER = -1;

/** Builtin functions that drive an iterator argument during the call and keep no reference. */
const CONSUMING_BUILTINS = new Set(['next', 'any', 'all', 'sum', 'min', 'max', 'sorted']);

/** Whether `callee` called with argument `i` drops it when it returns (or wraps it, for Wrap). */
function takesTemporary(callee: PyValue | undefined, i: number, wraps: boolean): boolean {
	if (wraps) return callee instanceof PyType && iteratorHolders.has(callee);
	if (callee instanceof PyBuiltin) return callee.self === undefined && callee.module === 'builtins' && CONSUMING_BUILTINS.has(callee.name);
	if (callee instanceof PyType)
		return callee === listType || callee === tupleType || callee === setType || callee === frozensetType || callee === dictType;
	if (callee instanceof PyFunction) {
		// A plain function (its frame is not kept by a generator, a closure or a handled
		// exception's traceback) whose parameter i only drives the iterator.
		const code = callee.code;
		return (
			callee.cls === functionType &&
			(code.flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) === 0 &&
			code.exceptionTable.length === 0 &&
			code.drivenParams !== null &&
			code.drivenParams.includes(i) &&
			i < code.argcount
		);
	}
	return false;
}

/**
 * GEN_LIFETIME (compiler.ts lifetimePlan). Mark: argument i of the call being built (TOS) is a
 * generator the previous instruction just made, or a wrapper of such, and the callee (on the
 * stack below the arguments) keeps no reference: recorded for this site. Release: that call
 * returned, its recorded generators are freed, so closed in argument order (as CPython's call
 * releases its arguments). Wrap: the call made a zip/enumerate/... object (TOS) that now holds
 * them. Bit 8 of a Mark: the call is a Wrap site. A call that raises leaves its records, dropped by the next Mark of the site (the
 * generators are then closed at exit, late but never while reachable).
 */
export function genLifetime(f: Frame, stack: (PyValue | undefined)[], sp: number, arg: number, pc: number): void {
	const kind = (arg & 3) as GenLifetime;
	if (kind === GenLifetime.Drop) {
		genDrop(f, stack, sp, arg, pc);
		return;
	}
	const site = arg >> 9;
	if (kind === GenLifetime.Mark) {
		const v = stack[sp - 1];
		const i = (arg >> 2) & 63;
		let gens: PyGenerator[] | null = null;
		// This site's records of this argument or a later one were left by an earlier run of
		// the call that raised: drop them (their generators are not known to be dead).
		for (let k = temporaries.length - 1; k >= 0; k--) {
			const r = temporaries[k];
			if (r.frame !== f || (r.site !== HELD_BY_WRAPPER && (r.site !== site || r.index < i))) continue;
			temporaries.splice(k, 1);
			if (r.site === HELD_BY_WRAPPER && r.holder === v) gens = r.gens;
		}
		if (v instanceof PyGenerator) {
			// Made by the call just before (its f_lasti), directly by this frame, and not started.
			if (
				lastMade.gen === v &&
				lastMade.frame === f &&
				lastMade.lasti === pc - 4 &&
				v.state === GenState.Created &&
				v.ownerFrame === null &&
				!v.loopOwned
			)
				gens = [v];
			lastMade.gen = null;
			lastMade.frame = null;
		}
		if (gens === null) return;
		if (stack[sp - i - 2] !== undefined || !takesTemporary(stack[sp - i - 3], i, (arg & 256) !== 0)) return;
		temporaries.push({ frame: f, site, index: i, gens, holder: null });
		return;
	}
	let gens: PyGenerator[] | null = null;
	for (let k = 0; k < temporaries.length; k++) {
		const r = temporaries[k];
		if (r.frame !== f || r.site !== site) continue;
		temporaries.splice(k--, 1);
		if (gens === null) gens = [];
		gens.push(...r.gens);
	}
	if (gens === null) return;
	if (kind === GenLifetime.Wrap) {
		const w = stack[sp - 1];
		const held = heldGenerators(w);
		if (held === null || !gens.every((g) => held.includes(g))) return;
		temporaries.push({ frame: f, site: HELD_BY_WRAPPER, index: 0, gens: held.filter((g) => gens.includes(g as PyGenerator)) as PyGenerator[], holder: w as PyValue });
		return;
	}
	f.lasti = pc - 2;
	for (const g of gens) finalizeDroppedGenerator(g);
}

/**
 * What a wrapper (iteratorHolders) holds, through the wrappers it holds, in the order its
 * deallocation releases them; null if `w` is no wrapper.
 */
function heldGenerators(w: PyValue | undefined): PyValue[] | null {
	const holds = w instanceof PyObject ? iteratorHolders.get(w.cls) : undefined;
	if (holds === undefined) return null;
	const out: PyValue[] = [];
	for (const v of holds(w as PyObject)) {
		const inner = heldGenerators(v);
		if (inner === null) out.push(v);
		else out.push(...inner);
	}
	return out;
}

/**
 * Wrappers that a `for` loop's value stack alone refers to (GenDrop.LoopOwns), with the new
 * generators they alone hold: closed when the loop ends or is left, by `break`, `return` or an
 * exception (loopWrapperDropped).
 */
interface LoopWrapper {
	frame: Frame;
	site: number;
	wrapper: PyValue;
	gens: PyGenerator[];
}
export const loopWrappers: LoopWrapper[] = [];

/** An exception unwinding `f` drops `v` from its stack: if it is a loop's wrapper, its generators die. */
export function loopWrapperDropped(f: Frame, v: PyValue): void {
	for (let k = loopWrappers.length - 1; k >= 0; k--) {
		const r = loopWrappers[k];
		if (r.frame !== f || r.wrapper !== v) continue;
		loopWrappers.splice(k, 1);
		for (const g of r.gens) finalizeDroppedGenerator(g);
		return;
	}
}

/** GEN_LIFETIME Drop (compiler.ts): a place that may hold a generator's only reference lets it go. */
function genDrop(f: Frame, stack: (PyValue | undefined)[], sp: number, arg: number, pc: number): void {
	const operand = arg >> 4;
	switch (((arg >> 2) & 3) as GenDrop) {
		case GenDrop.ReleaseSlot: {
			// `name = value` overwrites the local (STORE_FAST then drops the old value).
			const old = f.fast[operand];
			if ((old instanceof PyGenerator || old instanceof PyCoroutine) && old.ownerFrame === f && old !== stack[sp - 1] && !heldByOwner(old, f, operand)) {
				old.ownerFrame = null;
				f.lasti = pc - 2;
				finalizeDropped(old);
			}
			return;
		}
		case GenDrop.LoopOwns: {
			const w = stack[sp - 1];
			for (let k = temporaries.length - 1; k >= 0; k--) {
				const r = temporaries[k];
				if (r.frame !== f || r.site !== HELD_BY_WRAPPER) continue;
				temporaries.splice(k, 1);
				if (r.holder !== w) continue;
				// A record an earlier run of this loop left (its frame went on elsewhere) is stale.
				for (let j = loopWrappers.length - 1; j >= 0; j--) if (loopWrappers[j].frame === f && loopWrappers[j].site === operand) loopWrappers.splice(j, 1);
				loopWrappers.push({ frame: f, site: operand, wrapper: w, gens: r.gens });
			}
			return;
		}
		case GenDrop.LoopEnds: {
			for (let k = loopWrappers.length - 1; k >= 0; k--) {
				const r = loopWrappers[k];
				if (r.frame !== f || r.site !== operand) continue;
				loopWrappers.splice(k, 1);
				f.lasti = pc - 2;
				for (const g of r.gens) finalizeDroppedGenerator(g);
				return;
			}
			return;
		}
	}
}

/**
 * A loop-owned generator dropped from its loop's stack: CPython's refcount reaches zero and
 * _PyGen_Finalize closes it now; an exception close() raises is reported as unraisable
 * (PyErr_WriteUnraisable).
 */
export function finalizeDroppedGenerator(g: PyGenerator): void {
	g.loopOwned = false;
	if (g.state !== GenState.Suspended) return;
	try {
		genClose(g);
	} catch (e) {
		if (!(e instanceof PyException)) throw e;
		unraisableHook.report(e, g);
	}
}

/**
 * A generator or coroutine whose last reference went (an owning variable let it go): a
 * suspended one is closed (_PyGen_Finalize). An unstarted coroutine is left to the
 * never-awaited report, which follows the variable's release itself (droppedCoroutine).
 */
export function finalizeDropped(g: PyGenerator | PyCoroutine): void {
	if (g instanceof PyGenerator) finalizeDroppedGenerator(g);
	else if (g.state === GenState.Suspended) {
		try {
			genClose(g);
		} catch (e) {
			if (!(e instanceof PyException)) throw e;
			unraisableHook.report(e, g);
		}
	}
}

/** One frame of a coroutine's cr_origin (with the source line format_list shows). */
export interface CoroutineOrigin {
	filename: string;
	line: number;
	name: string;
	text: string;
}

/**
 * sys.set_coroutine_origin_tracking_depth(): how many frames a new coroutine records as
 * cr_origin (asyncio's debug mode uses 10); `capture` gives the running stack, innermost first
 * (set by the traceback module).
 */
export const originTracking = {
	depth: 0,
	capture: (): CoroutineOrigin[] => [],
};

/** The never-awaited warning's text (warnings._warn_unawaited_coroutine), with cr_origin if any. */
export function neverAwaitedText(c: PyCoroutine): string {
	let text = `coroutine '${rt.minor >= 8 ? c.qualname : c.name}' was never awaited`;
	// (The runtime's own coroutines, asyncio.sleep() say, have one too.)
	const origin = (c as { origin?: CoroutineOrigin[] | null }).origin ?? null;
	if (origin !== null && origin.length !== 0) {
		text += '\nCoroutine created at (most recent call last)\n';
		for (let i = origin.length - 1; i >= 0; i--) {
			const o = origin[i];
			text += `  File "${o.filename}", line ${o.line}, in ${o.name}\n`;
			if (o.text !== '') text += `    ${o.text}\n`;
		}
		text = text.replace(/\n+$/, '');
	}
	return text;
}

/** Prints an exception raised in a finalizer ("Exception ignored in: ..."); set by the interpreter. */
export const unraisableHook = {
	report: (_e: PyException, _obj: PyValue): void => {},
};

/** Coroutines created but never started (reported as "never awaited" when the program ends). */
export const pendingCoroutines = new Set<PyCoroutine>();

/**
 * What else dies with an unstarted coroutine, reported just before its "never awaited" warning:
 * an asyncio Task whose construction failed after it took the coroutine ("Task was destroyed
 * but it is pending!"; only the failed constructor's frames held it, as they hold the coroutine).
 */
export const collectedWith = new Map<PyCoroutine, () => void>();

/** Runs (once) what collectedWith registered for `c`, which is being reported as collected. */
export function reportCollectedWith(c: PyCoroutine): void {
	const f = collectedWith.get(c);
	if (f === undefined) return;
	collectedWith.delete(c);
	f();
}

function already(g: GenLike): PyException {
	return valueError(`${g.noun} already executing`);
}

// ---------------------------------------------------------------------------------------------
// Drivers: natives that resume coroutines (the event loop), run by the frame loop itself.

/** What a driver generator yields (objects/function.ts DriverFn). */
export const enum DriverOp {
	/** Resume `channel.target` with None; the outcome is in the channel when the driver continues. */
	Resume = 0,
	/** A safe point between two event-loop iterations: a sliced run may pause here. */
	Check = 1,
	/**
	 * Run `channel.sub` (a driver generator returning nothing) to its end in place of this one,
	 * then continue this one (with the sub's exception thrown in, if any): `yield*` without
	 * every later yield passing through this generator (the event loop's hot path).
	 */
	Delegate = 2,
	/**
	 * The current thread blocked (vm/threads.ts): a frame loop that can suspend the thread
	 * returns with ExitKind.Pause so the scheduler runs another; any other runner waits in
	 * place (threadHooks.waitNested) while other threads run. Either way the driver continues
	 * once the thread is woken.
	 */
	Block = 3,
}

export const enum DriverOutcome {
	Yielded,
	Returned,
	Raised,
}

/**
 * How a driver and whoever runs it talk: the driver sets `target` and yields DriverOp.Resume;
 * when it continues, `outcome` says how the coroutine's frame left (value: what it yielded or
 * returned; error: the exception that escaped it). Run by the frame loop (interpreter.ts, which
 * resumes the target inline, so a sliced run can pause inside it) or by runDriverSync.
 */
export class DriverChannel {
	target: PyCoroutine | PyGenerator | null = null;
	outcome = DriverOutcome.Returned;
	value: PyValue = None;
	error: PyException | null = null;
	/** DriverOp.Delegate's generator. */
	sub: Generator<number, unknown, void> | null = null;
	/** The driver generator running now, and the ones waiting for a delegate to finish. */
	gen: Generator<number, unknown, void> | null = null;
	parents: Generator<number, unknown, void>[] = [];
	/** Run by the frame loop: the frame whose CALL started the driver (it gets the result). */
	caller: Frame | null = null;
	/** ... and where that call's slots start on its value stack (cleared when it returns). */
	base = 0;
}

const NO_ERROR = {};

/**
 * Continues a driver until it asks for a Resume or a Check, or finishes (done: its result).
 * Handles DriverOp.Delegate; exceptions escaping the outermost generator propagate.
 */
export function advanceDriver(ch: DriverChannel, failure: unknown = NO_ERROR): IteratorResult<number, unknown> {
	let err = failure;
	for (;;) {
		const gen = ch.gen!;
		let r: IteratorResult<number, unknown>;
		try {
			r = err === NO_ERROR ? gen.next() : gen.throw(err);
		} catch (e) {
			if (ch.parents.length === 0) throw e;
			ch.gen = ch.parents.pop()!;
			err = e;
			continue;
		}
		err = NO_ERROR;
		if (r.done === true) {
			if (ch.parents.length === 0) return r;
			ch.gen = ch.parents.pop()!;
		} else if (r.value === DriverOp.Delegate) {
			ch.parents.push(gen);
			ch.gen = ch.sub;
			ch.sub = null;
		} else return r;
	}
}

/** Can a driver hand `g` to its runner for a plain send(None)? (Otherwise it resumes g itself.) */
export function driverCanResume(g: PyValue): g is PyCoroutine | PyGenerator {
	return (
		(g instanceof PyCoroutine || g instanceof PyGenerator) &&
		(g.state === GenState.Suspended || g.state === GenState.Created)
	);
}

/** Runs a driver to its end with nested resumptions (for callers outside the frame loop). */
export function runDriverSync<T>(gen: Generator<number, T, void>, ch: DriverChannel): T {
	ch.gen = gen;
	let r = advanceDriver(ch);
	for (;;) {
		if (r.done === true) return r.value as T;
		if (r.value === DriverOp.Resume) {
			const g = ch.target!;
			ch.target = null;
			let failure: unknown = NO_ERROR;
			try {
				const v = genResume(g, ResumeMode.Send, None);
				ch.outcome = g.returned ? DriverOutcome.Returned : DriverOutcome.Yielded;
				ch.value = v;
			} catch (e) {
				if (e instanceof PyException) {
					ch.outcome = DriverOutcome.Raised;
					ch.error = e;
				} else failure = e;
			}
			// A JavaScript-level abort (the instruction budget) unwinds the driver's finally blocks.
			r = advanceDriver(ch, failure);
		} else {
			if (r.value === DriverOp.Block) threadHooks.waitNested();
			r = advanceDriver(ch);
		}
	}
}

/** Set by vm/threads.ts (which imports this module): runs other threads while this one is blocked. */
export const threadHooks = {
	waitNested: (): void => {
		throw new Error('a driver blocked with no thread scheduler');
	},
};

/**
 * Resumes a generator frame (CPython gen_send_ex2). Returns the yielded value, or the return
 * value with g.returned set. Exceptions raised by the body propagate (the generator is closed).
 */
export function genResume(g: GenLike, mode: ResumeMode, value: PyValue): PyValue {
	if (g.state === GenState.Running) throw already(g);
	if (g instanceof PyCoroutine) {
		g.awaited = true;
		pendingCoroutines.delete(g);
	}
	g.returned = false;
	if (g.state === GenState.Closed) {
		// gen_send_ex2: an exhausted coroutine refuses send() and throw() alike (the thrown
		// exception is dropped); an exhausted generator re-raises what is thrown into it.
		if (g instanceof PyCoroutine) throw runtimeError('cannot reuse already awaited coroutine');
		if (mode === ResumeMode.Throw) throw value as PyException;
		if (g instanceof PyAsyncGenerator) throw newException(StopAsyncIteration);
		g.returned = true;
		g.returnValue = None;
		return None;
	}
	const frame = g.frame;
	if (g.state === GenState.Created) {
		if (mode === ResumeMode.Send && value !== None) {
			throw typeError(`can't send non-None value to a just-started ${g.noun}`);
		}
	} else if (mode === ResumeMode.Send) {
		frame.stack[frame.sp++] = value;
	} else if (mode === ResumeMode.YieldFromReturn) {
		// Suspended at YIELD_VALUE inside the SEND loop: drop the delegate, push its result, jump past.
		const code = frame.code.code;
		const sendPc = frame.pc - 4;
		frame.stack[frame.sp - 1] = value;
		frame.pc = code[sendPc + 1]!;
	}
	g.state = GenState.Running;
	if (traceState.enabled) traceHandOff('resume', g, value, mode === ResumeMode.Throw);
	let result: PyValue;
	try {
		result = resumeFrame(frame, mode === ResumeMode.Throw ? (value as PyException) : null);
	} catch (e) {
		g.state = GenState.Closed;
		if (traceState.enabled && e instanceof PyException) traceHandOff('raise', g, e);
		throw e;
	}
	if (exitKind() === ExitKind.Yield) {
		g.state = GenState.Suspended;
		if (traceState.enabled) traceHandOff('yield', g, result);
		return result;
	}
	g.state = GenState.Closed;
	g.returned = true;
	g.returnValue = result;
	if (traceState.enabled) traceHandOff('return', g, result);
	return result;
}

/** The sub-iterator a suspended frame is delegating to (gi_yieldfrom / cr_await), or null. */
export function delegateOf(g: GenLike): PyValue | null {
	if (g.state !== GenState.Suspended) return null;
	const f = g.frame;
	const code = f.code.code;
	const yieldPc = f.pc - 2;
	if (yieldPc < 0 || code[yieldPc] !== Op.YIELD_VALUE || code[yieldPc + 1] !== 1) return null;
	return f.stack[f.sp - 1] ?? null;
}

function isGenObject(v: PyValue): v is PyGenerator | PyCoroutine {
	return v instanceof PyGenerator || v instanceof PyCoroutine;
}

/** StopIteration(value) for the Python-facing send/throw when the generator returned. */
function stopWith(g: GenLike): PyException {
	if (g instanceof PyAsyncGenerator) return newException(StopAsyncIteration);
	const v = g.returnValue;
	return v === None ? newException(StopIteration) : newException(StopIteration, v);
}

/** g.send(v) as seen from Python. */
export function genSend(g: GenLike, v: PyValue): PyValue {
	const r = genResume(g, ResumeMode.Send, v);
	if (g.returned) throw stopWith(g);
	return r;
}

/** Value of a StopIteration exception. */
export function stopIterationValue(e: PyException): PyValue {
	return e.args.length ? e.args[0] : None;
}

/**
 * g.throw(exc) (CPython _gen_throw): forwards to the delegate first when suspended in
 * `yield from`/`await`; GeneratorExit closes the delegate instead. `rawArgs`: the arguments of
 * a Python-level throw(typ[, val[, tb]]), passed on as they are to a delegate's throw method.
 */
export function genThrowInternal(g: GenLike, exc: PyException, rawArgs: PyValue[] | null = null): PyValue {
	const yf = delegateOf(g);
	if (yf !== null) {
		if (exc.cls.isSubtypeOf(GeneratorExit)) {
			g.state = GenState.Running;
			let err: unknown = null;
			try {
				closeIterator(yf);
			} catch (e) {
				err = e;
			}
			g.state = GenState.Suspended;
			return genResume(g, ResumeMode.Throw, (err ?? exc) as PyValue);
		}
		let r: PyValue;
		g.state = GenState.Running;
		try {
			if (isGenObject(yf)) {
				r = genThrowInternal(yf, exc, rawArgs);
				if (yf.returned) {
					g.state = GenState.Suspended;
					return genResume(g, ResumeMode.YieldFromReturn, yf.returnValue);
				}
			} else {
				const m = getAttrOpt(yf, 'throw');
				if (m === undefined) {
					g.state = GenState.Suspended;
					return genResume(g, ResumeMode.Throw, exc);
				}
				// The delegate's throw() gets throw()'s own arguments (CPython _gen_throw).
				r = call(m, rawArgs ?? [exc]);
			}
		} catch (e) {
			g.state = GenState.Suspended;
			if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) {
				return genResume(g, ResumeMode.YieldFromReturn, stopIterationValue(e));
			}
			return genResume(g, ResumeMode.Throw, e as PyValue);
		}
		g.state = GenState.Suspended;
		return r;
	}
	if (g.state === GenState.Created) {
		// G2: throwing into a just-started generator raises at the top of the body.
		g.state = GenState.Suspended;
	}
	return genResume(g, ResumeMode.Throw, exc);
}

/** close() on an arbitrary iterator (PEP 380: call its close() if it has one). */
function closeIterator(it: PyValue): void {
	if (it instanceof PyGenerator || it instanceof PyCoroutine) {
		genClose(it);
		return;
	}
	const m = getAttrOpt(it, 'close');
	if (m !== undefined) call(m, []);
}

/** g.close() (CPython gen_close); returns the return value in 3.13+, else None. */
export function genClose(g: GenLike): PyValue {
	if (g.state === GenState.Created) {
		g.state = GenState.Closed;
		if (g instanceof PyCoroutine) pendingCoroutines.delete(g);
		return None;
	}
	if (g.state === GenState.Closed) return None;
	try {
		genThrowInternal(g, newException(GeneratorExit));
	} catch (e) {
		if (e instanceof PyException && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopIteration))) {
			// The frame ended and close() drops the exception (and the traceback holding the
			// frame): the frame's variables die now, and the generators they owned with them.
			if (g.frame.ownsGenerators) releaseOwnedSlots(g.frame, None);
			return None;
		}
		throw e;
	}
	if (g.returned) return rt.minor >= 13 ? g.returnValue : None;
	throw runtimeError(`${g.noun} ignored GeneratorExit`);
}

/** Normalises throw()'s arguments (type[, value[, tb]]) into an exception instance. */
export function makeThrowable(args: PyValue[]): PyException {
	const typ = args[0];
	if (typ === undefined) throw typeError('throw expected at least 1 argument, got 0');
	if (typ instanceof PyType && typ.isSubtypeOf(baseExceptionType)) {
		const val = args[1];
		if (val === undefined || val === None) return callType(typ, [], null) as PyException;
		if (val instanceof PyException && val.cls.isSubtypeOf(typ)) return val;
		return callType(typ, [val], null) as PyException;
	}
	if (typ instanceof PyException) {
		if (args[1] !== undefined && args[1] !== None) throw typeError('instance exception may not have a separate value');
		return typ;
	}
	throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

// ---------------------------------------------------------------------------------------------
// Async generators (PEP 525): asend/athrow/aclose return awaitables driving the frame.

const enum AwaitableState {
	Init,
	Iter,
	Closed,
}

/** The awaitable returned by agen.asend(v) / agen.__anext__() (CPython async_gen_asend). */
export class PyAsyncGenASend extends PyIteratorBase {
	private st = AwaitableState.Init;
	constructor(
		public agen: PyAsyncGenerator,
		private sendValue: PyValue
	) {
		super(asyncGenASendType);
	}
	nextValue(): PyValue | undefined {
		return this.send(None);
	}
	send(v: PyValue): PyValue {
		if (this.st === AwaitableState.Closed) throw runtimeError(rt.minor >= 8 ? "cannot reuse already awaited __anext__()/asend()" : 'cannot reuse already awaited __anext__()/asend()');
		if (this.st === AwaitableState.Init) {
			if (this.agen.runningAsync) throw runtimeError(rt.minor >= 8 ? 'anext(): asynchronous generator is already running' : 'anext(): asynchronous generator is already running');
			v = v === None ? this.sendValue : v;
			this.st = AwaitableState.Iter;
			initAsyncGenHooks(this.agen);
		}
		this.agen.runningAsync = true;
		return this.unwrap(() => genResume(this.agen, ResumeMode.Send, v));
	}
	throw(exc: PyException): PyValue {
		if (this.st === AwaitableState.Closed) throw runtimeError('cannot reuse already awaited __anext__()/asend()');
		this.agen.runningAsync = true;
		return this.unwrap(() => genThrowInternal(this.agen, exc));
	}
	close(): void {
		this.st = AwaitableState.Closed;
		this.agen.runningAsync = false;
	}
	private unwrap(f: () => PyValue): PyValue {
		let r: PyValue;
		try {
			r = f();
		} catch (e) {
			this.st = AwaitableState.Closed;
			this.agen.runningAsync = false;
			if (e instanceof PyException && (e.cls.isSubtypeOf(StopAsyncIteration) || e.cls.isSubtypeOf(GeneratorExit))) {
				this.agen.state = GenState.Closed;
			}
			throw e;
		}
		if (this.agen.returned) {
			this.st = AwaitableState.Closed;
			this.agen.runningAsync = false;
			throw newException(StopAsyncIteration);
		}
		if (r instanceof AsyncGenWrapped) {
			this.st = AwaitableState.Closed;
			this.agen.runningAsync = false;
			throw r.value === None ? newException(StopIteration) : newException(StopIteration, r.value);
		}
		return r;
	}
}

/** The awaitable of agen.athrow(...) and agen.aclose() (CPython async_gen_athrow). */
export class PyAsyncGenAThrow extends PyIteratorBase {
	private st = AwaitableState.Init;
	constructor(
		public agen: PyAsyncGenerator,
		/** null means aclose(). */
		private exc: PyException | null
	) {
		super(asyncGenAThrowType);
	}
	nextValue(): PyValue | undefined {
		return this.send(None);
	}
	send(v: PyValue): PyValue {
		const agen = this.agen;
		if (this.st === AwaitableState.Closed) throw runtimeError('cannot reuse already awaited aclose()/athrow()');
		if (this.st === AwaitableState.Init) {
			if (agen.runningAsync) throw runtimeError(this.exc ? 'athrow(): asynchronous generator is already running' : 'aclose(): asynchronous generator is already running');
			if (agen.state === GenState.Closed || agen.state === GenState.Created) {
				// athrow() into a finished generator is done at once (await gives None), like
				// aclose(); into an unstarted one it raises the exception at once.
				const unstarted = agen.state === GenState.Created;
				this.st = AwaitableState.Closed;
				agen.state = GenState.Closed;
				if (this.exc && unstarted) throw this.exc;
				throw newException(StopIteration);
			}
			this.st = AwaitableState.Iter;
			agen.runningAsync = true;
			return this.check(() => genThrowInternal(agen, this.exc ?? newException(GeneratorExit)));
		}
		agen.runningAsync = true;
		return this.check(() => genResume(agen, ResumeMode.Send, v));
	}
	/**
	 * CPython async_gen_athrow_throw. Up to 3.12 a throw() into a not yet started awaitable
	 * (a task cancelled before its first step awaits aclose()) reaches the generator but leaves
	 * the awaitable in its initial state, so the next send() starts it afresh: aclose() then
	 * throws GeneratorExit into the generator wherever the thrown exception left it suspended
	 * (an `await` in a finally block does not finish). 3.13 starts the awaitable there.
	 */
	throw(exc: PyException): PyValue {
		const agen = this.agen;
		if (this.st === AwaitableState.Closed) throw runtimeError('cannot reuse already awaited aclose()/athrow()');
		if (rt.minor >= 13) {
			if (this.st === AwaitableState.Init) {
				if (agen.runningAsync) {
					this.st = AwaitableState.Closed;
					throw runtimeError(this.exc ? 'athrow(): asynchronous generator is already running' : 'aclose(): asynchronous generator is already running');
				}
				this.st = AwaitableState.Iter;
			}
			agen.runningAsync = true;
		}
		return this.check(() => genThrowInternal(agen, exc));
	}
	close(): void {
		this.st = AwaitableState.Closed;
		this.agen.runningAsync = false;
	}
	private check(f: () => PyValue): PyValue {
		const agen = this.agen;
		let r: PyValue;
		try {
			r = f();
		} catch (e) {
			this.st = AwaitableState.Closed;
			agen.runningAsync = false;
			agen.state = GenState.Closed;
			if (this.exc === null && e instanceof PyException && (e.cls.isSubtypeOf(StopAsyncIteration) || e.cls.isSubtypeOf(GeneratorExit))) {
				throw newException(StopIteration);
			}
			throw e;
		}
		if (agen.returned) {
			this.st = AwaitableState.Closed;
			agen.runningAsync = false;
			if (this.exc === null) throw newException(StopIteration);
			throw newException(StopAsyncIteration);
		}
		if (r instanceof AsyncGenWrapped) {
			agen.runningAsync = false;
			if (this.exc === null) {
				this.st = AwaitableState.Closed;
				throw runtimeError('async generator ignored GeneratorExit');
			}
			this.st = AwaitableState.Closed;
			throw r.value === None ? newException(StopIteration) : newException(StopIteration, r.value);
		}
		return r;
	}
}

/** coro.__await__() result: an iterator that drives the coroutine (CPython coroutine_wrapper). */
export class PyCoroutineWrapper extends PyIteratorBase {
	constructor(public coro: PyCoroutine) {
		super(coroutineWrapperType);
	}
	nextValue(): PyValue | undefined {
		const v = genResume(this.coro, ResumeMode.Send, None);
		if (this.coro.returned) {
			lastWrapperReturn = this.coro.returnValue;
			return undefined;
		}
		return v;
	}
}
/** The return value of the last exhausted coroutine wrapper (read by SEND's generic path). */
export let lastWrapperReturn: PyValue = None;

export { RuntimeError, TypeError, ValueError };
