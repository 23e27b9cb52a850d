/*
 * interpreter.ts
 * The bytecode interpreter: one dispatch loop per runFrame() call. Python-to-Python calls run
 * inline (no JavaScript recursion); generator frames are resumed by generators.ts and return
 * here on YIELD_VALUE. Exceptions unwind through the code object's exception table.
 */

import {
	PyObject,
	PyType,
	PyValue,
	Kwargs,
	None,
	True,
	False,
	PyBool,
	PyFloat,
	NotImplemented,
	typeOf,
	typeEpochNow,
	strType,
	isInstance,
} from '../objects/object';
import {
	PyException,
	baseExceptionType,
	newException,
	typeError,
	attributeError,
	nameError,
	runtimeError,
	valueError,
	StopIteration,
	StopAsyncIteration,
	RuntimeError,
	RecursionError,
	UnboundLocalError,
	NameError,
	AssertionError,
	SystemError,
	MemoryError,
	ImportError,
	BaseExceptionGroup,
	TracebackEntry,
	GeneratorExit,
	Exception as builtinException,
	ExceptionGroup as builtinExceptionGroup,
	RuntimeWarning,
} from '../objects/exceptions';
import { warnHook } from './warnings';
import { formatUnraisable } from './traceback';
import {
	PyTuple,
	PyList,
	PyDict,
	PySet,
	PySlice,
	tupleType,
	listType,
	dictType,
	newTuple,
	hashedEntries,
} from '../objects/containers';
import {
	PyFunction,
	PyMethod,
	PyBuiltin,
	PyMethodDescriptor,
	type DriverFn,
	PyCell,
	PyCodeRef,
	PyModule,
	builtinsOf,
	setDefaultBuiltins,
} from '../objects/function';
import * as P from '../objects/protocol';
import { formatObject } from '../types/strFormat';
import {
	CALLING,
	IN_COMPARISON,
	callEntersC311,
	callLevels,
	cLimitReached,
	cRecursionError,
	enterCalls,
} from '../objects/cRecursion';
import { BinOp } from '../objects/numeric';
import { rt, LIMITS } from '../objects/runtimeState';
import { Op, CONST_SET_DISPLAY } from '../compiler/opcodes';
import { CodeFlags, CodeObject } from '../compiler/codeObject';
import { Frame } from './frame';
import {
	makeGenerator,
	PyGenerator,
	PyCoroutine,
	PyAsyncGenerator,
	AsyncGenWrapped,
	genResume,
	ResumeMode,
	stopIterationValue,
	PyCoroutineWrapper,
	GenState,
	pendingCoroutines,
	collectedWith,
	reportCollectedWith,
	DriverChannel,
	DriverOp,
	DriverOutcome,
	advanceDriver,
	threadHooks,
	markLoopOwned,
	finalizeDroppedGenerator,
	markAsyncLoopOwned,
	finalizeDroppedAsyncGen,
	unraisableHook,
	releaseOwned,
	releaseOwnedSlots,
	genLifetime,
	lastMade,
	passFreshGenerator,
	passFreshFromCompiled,
	loopWrappers,
	loopWrapperDropped,
	markIterOwned,
	neverAwaitedText,
	type GenLike,
} from './generators';
import * as I from '../lib/intOps';
import { matchPattern, PyPattern } from './match';
import { PyRangeIter, PyListIter } from '../types/iterators';
import { SetTable } from '../lib/setTable';
import { MAX_TRACE_HANDOFFS, traceEvent, traceId, traceState } from './trace';
import {
	type JitCompiler,
	JitState,
	JitUnwind,
	JIT_MAX_DEPTH,
	JIT_SEGMENT_THRESHOLD,
	JIT_THRESHOLD,
	type JitFn,
	type SegmentFn,
} from './jit';

// ---------------------------------------------------------------------------------------------
// Thread state.

export const enum ExitKind {
	Return,
	Yield,
	/** A pausable runFrame() stopped at a safe point (see pause()); resume with runFrame(entry, null, pausedFrame()). */
	Pause,
}
let lastExit: ExitKind = ExitKind.Return;
/** How the last runFrame() call left its entry frame. */
export function exitKind(): ExitKind {
	return lastExit;
}

let current: Frame | null = null;
/** The frame currently executing (innermost). */
export function currentFrame(): Frame | null {
	return current;
}

/**
 * Instruction counter and budgets, checked at the VM's check points (backward jumps and inline
 * calls): `limit` is the run's hard budget (BudgetExceeded beyond it); `budget` is the next count
 * at which a check point must look closer: min(limit, end of the current time slice).
 */
export const counters = { instructions: 0, budget: Infinity, limit: Infinity, nativeDepth: 0 };

/**
 * A check point looks at the counters once this many instructions ran since its frame loop last
 * did (local `ticks`). 4096 normally; smaller for tiny slices; 0 while a pause is deferred, so
 * the outer frame loop notices at its very next check point.
 */
let checkEvery = 4096;

/** True when the slice is over but a nested frame loop could not pause: the outer one will. */
let pauseDeferred = false;

/**
 * How many threads wait in place (vm/threads.ts waitNested) below the running one on the
 * JavaScript stack. While any does, a time slice cannot end in a thread's own frame loop
 * (the run can only pause once those waits return): the pause is deferred as in a nested loop.
 */
let nestedWaits = 0;
/** A thread starts (+1) or stops (-1) waiting in place; see nestedWaits. */
export function nestedWait(delta: number): void {
	nestedWaits += delta;
}

/** Sets up a time slice of `n` more instructions (Infinity: no slice, only the hard limit). */
export function beginSlice(n: number): void {
	const end = counters.instructions + n;
	sliceEnd = end;
	sliceCheckEvery = Math.max(0, Math.min(4096, n - 1));
	counters.budget = Math.min(counters.limit, end);
	checkEvery = sliceCheckEvery;
	pauseDeferred = false;
}

/** The instruction count at which the current time slice ends, and its check interval. */
let sliceEnd = Infinity;
let sliceCheckEvery = 4096;

/**
 * Ends the running thread's turn `quantum` instructions from now (vm/threads.ts: a thread that
 * computes without blocking gives way, as CPython's switch interval makes it), unless the time
 * slice ends first.
 */
export function armPreemption(quantum: number): void {
	const at = counters.instructions + quantum;
	if (at < counters.budget) {
		counters.budget = at;
		if (checkEvery > quantum) checkEvery = quantum;
	}
}

/** Restores the time slice's own budget after a thread's turn ended (see armPreemption). */
export function disarmPreemption(): void {
	counters.budget = Math.min(counters.limit, sliceEnd);
	checkEvery = sliceCheckEvery;
	pauseDeferred = false;
}

/** Is a time slice running (so a driver's DriverOp.Check is worth yielding)? False in run(). */
export function sliceActive(): boolean {
	return counters.budget < counters.limit || pauseDeferred;
}

/**
 * Slow path of a check point whose counter went past counters.budget: throws BudgetExceeded past
 * the hard limit; otherwise the slice is over. Returns true when this frame loop may pause here
 * (it is the pausable outer loop); false defers the pause to the outer loop's next check point.
 */
/** At a check point (ticks counted): whether the run pauses here (see sliceOver). */
function sliceEnds(pausable: boolean): boolean {
	return (counters.instructions > counters.budget || (pauseDeferred && pausable && nestedWaits === 0)) && sliceOver(pausable);
}

function sliceOver(pausable: boolean): boolean {
	if (counters.instructions > counters.limit) throw new BudgetExceeded(counters.instructions);
	if (pausable && nestedWaits === 0) return true;
	// Deferred: nested loops now only watch the hard limit; the outer loop checks at its next
	// check point (checkEvery 0) and sees pauseDeferred.
	pauseDeferred = true;
	checkEvery = 0;
	counters.budget = counters.limit;
	return false;
}

/**
 * A native driver running inside the frame loop (see objects/function.ts DriverFn): its
 * generators, and the frame whose CALL started it (which gets its result or exception). The
 * coroutine frames it resumes run inline with resumeKind Driver and report back through it.
 * A DriverChannel with `caller` set, not a subclass: generators.ts and this module import each
 * other, and a class cannot extend a binding that may not be initialised yet when chunks load.
 */
type DriverCall = DriverChannel & { caller: Frame };

/** Where a paused run continues: the innermost frame, or a driver paused between loop iterations. */
export type ResumePoint = Frame | DriverCall;

let pausedAt: ResumePoint | null = null;
/** Where the last runFrame() that exited with ExitKind.Pause continues. */
export function pausedFrame(): ResumePoint | null {
	return pausedAt;
}

/** Raised (as a JS value) when the instruction budget runs out; not catchable by Python code. */
export class BudgetExceeded {
	constructor(readonly instructions: number) {}
}

/** Hooks for imports and __build_class__ installed by the runtime's entry point. */
export const vmHooks = {
	importModule: null as unknown as (
		name: string,
		fromlist: PyValue,
		level: number,
		globals: PyDict
	) => PyValue,
	superType: null as PyType | null,
	makeSuper: null as ((cls: PyValue, obj: PyValue) => PyValue) | null,
	makeTraceback: null as ((exc: PyException) => PyValue) | null,
};

// ---------------------------------------------------------------------------------------------
// Frames and calls.

/** Creates the frame for a call of `fn` with the given arguments bound to its parameters. */
const FRAME_POOL_SIZE = 64;

/** Returns a finished plain-function frame to its code object's pool (frames are big to allocate). */
function releaseFrame(f: Frame): void {
	const pool = f.code.framePool;
	if (pool.length < FRAME_POOL_SIZE) {
		f.excInfo = null;
		f.lasti = 0;
		pool.push(f);
	}
}

export function makeFrame(
	fn: PyFunction,
	args: PyValue[],
	kwargs: Kwargs | null,
	argStart = 0,
	argCount = args.length - argStart,
	poolable = false
): Frame {
	const code = fn.code;
	let f: Frame;
	const pooled = poolable ? code.framePool.pop() : undefined;
	if (pooled !== undefined) {
		f = pooled;
		// Usually the same function again: skip the pointer stores (each pays a write barrier).
		if (f.func !== fn) {
			f.globals = fn.globals;
			f.func = fn;
		}
		if (f.builtins !== fn.builtins) f.builtins = fn.builtins;
		f.pc = 0;
		f.sp = 0;
	} else {
		f = new Frame(code, fn.globals, fn.builtins, null, fn);
		f.pooled = poolable;
	}
	const fast = f.fast;
	if (
		kwargs === null &&
		argCount === code.argcount &&
		(code.flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) === 0 &&
		code.kwonlyargcount === 0
	) {
		for (let i = 0; i < argCount; i++) fast[i] = args[argStart + i];
		if (pooled !== undefined) for (let i = argCount; i < fast.length; i++) fast[i] = undefined;
	} else {
		if (pooled !== undefined) fast.fill(undefined);
		bindArguments(fn, code, fast, args, argStart, argCount, kwargs);
	}
	const ncells = code.cellvars.length;
	if (ncells || code.freevars.length) {
		const nl = code.varnames.length;
		for (let i = 0; i < ncells; i++) {
			const a = code.cell2arg[i];
			fast[nl + i] = new PyCell(a >= 0 ? fast[a] : undefined);
		}
		const closure = fn.closure;
		if (closure) for (let i = 0; i < closure.length; i++) fast[nl + ncells + i] = closure[i];
	}
	return f;
}

/** Sets the builtins dict of this run: that of every frame whose globals name no other `__builtins__`. */
export function setBuiltins(d: PyDict): void {
	setDefaultBuiltins(d);
}

function fnName(fn: PyFunction): string {
	// Up to 3.9 ceval.c words these errors with co->co_name, from 3.10 with the function's __qualname__.
	return rt.minor >= 10 ? fn.qualname : fn.code.name;
}

function joinNames(names: string[]): string {
	const q = names.map((n) => `'${n}'`);
	if (q.length === 1) return q[0];
	if (q.length === 2) return `${q[0]} and ${q[1]}`;
	return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Binds call arguments to parameter slots with CPython's error messages (ceval.c initialize_locals). */
function bindArguments(
	fn: PyFunction,
	code: CodeObject,
	fast: (PyValue | undefined)[],
	args: PyValue[],
	argStart: number,
	argCount: number,
	kwargs: Kwargs | null
): void {
	const nargs = code.argcount;
	const nkwonly = code.kwonlyargcount;
	const hasVarArgs = (code.flags & CodeFlags.VarArgs) !== 0;
	const hasVarKw = (code.flags & CodeFlags.VarKeywords) !== 0;
	const varnames = code.varnames;
	let kwdict: PyDict | null = null;
	// Slot order as CPython's co_varnames: positional, keyword-only, *args, **kwargs.
	const posSlots: number[] = [];
	for (let i = 0; i < nargs; i++) posSlots.push(i);
	const kwOnlyStart = nargs;
	const starSlot = hasVarArgs ? nargs + nkwonly : -1;
	const kwSlot = hasVarKw ? nargs + nkwonly + (hasVarArgs ? 1 : 0) : -1;
	if (hasVarKw) {
		kwdict = new PyDict();
		fast[kwSlot] = kwdict;
	}
	const n = Math.min(argCount, nargs);
	for (let i = 0; i < n; i++) fast[i] = args[argStart + i];
	if (hasVarArgs) {
		fast[starSlot] =
			argCount > nargs
				? new PyTuple(args.slice(argStart + nargs, argStart + argCount))
				: newTuple([]);
	} else if (argCount > nargs) {
		tooManyPositional(fn, code, argCount, kwargs);
	}
	if (kwargs !== null) {
		let posonlyPassed: string[] | null = null;
		for (const [key, value] of kwargs) {
			let idx = -1;
			for (let j = code.posonlyargcount; j < nargs; j++) {
				if (varnames[j] === key) {
					idx = j;
					break;
				}
			}
			if (idx < 0) {
				for (let j = 0; j < nkwonly; j++) {
					if (varnames[kwOnlyStart + j] === key) {
						idx = kwOnlyStart + j;
						break;
					}
				}
			}
			if (idx < 0) {
				if (kwdict !== null) {
					kwdict.set(key, value);
					continue;
				}
				if (varnames.slice(0, code.posonlyargcount).includes(key)) {
					(posonlyPassed ??= []).push(key);
					continue;
				}
				throw typeError(`${fnName(fn)}() got an unexpected keyword argument '${key}'`);
			}
			if (fast[idx] !== undefined)
				throw typeError(`${fnName(fn)}() got multiple values for argument '${key}'`);
			fast[idx] = value;
		}
		if (posonlyPassed) {
			throw typeError(
				`${fnName(fn)}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(', ')}'`
			);
		}
	}
	// Defaults for missing positional parameters.
	if (argCount < nargs) {
		const defaults = fn.defaults ?? [];
		const firstDefault = nargs - defaults.length;
		const missing: string[] = [];
		for (let i = argCount; i < nargs; i++) {
			if (fast[i] !== undefined) continue;
			if (i >= firstDefault) fast[i] = defaults[i - firstDefault];
			else missing.push(varnames[i]);
		}
		if (missing.length) {
			throw typeError(
				`${fnName(fn)}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${joinNames(missing)}`
			);
		}
	}
	if (nkwonly) {
		const missing: string[] = [];
		for (let j = 0; j < nkwonly; j++) {
			const slot = kwOnlyStart + j;
			if (fast[slot] !== undefined) continue;
			const name = varnames[slot];
			const d = fn.kwdefaults?.get(name);
			if (d !== undefined) fast[slot] = d;
			else missing.push(name);
		}
		if (missing.length) {
			throw typeError(
				`${fnName(fn)}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? 's' : ''}: ${joinNames(missing)}`
			);
		}
	}
}

function tooManyPositional(
	fn: PyFunction,
	code: CodeObject,
	given: number,
	kwargs: Kwargs | null
): never {
	const nargs = code.argcount;
	const ndefaults = fn.defaults?.length ?? 0;
	let kwonlyGiven = 0;
	if (kwargs) {
		for (let j = 0; j < code.kwonlyargcount; j++)
			if (kwargs.has(code.varnames[nargs + j])) kwonlyGiven++;
	}
	const takes =
		ndefaults > 0
			? `from ${nargs - ndefaults} to ${nargs} positional arguments`
			: `${nargs} positional argument${nargs === 1 ? '' : 's'}`;
	const givenStr = kwonlyGiven
		? `${given} positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`
		: `${given} ${given === 1 ? 'was' : 'were'} given`;
	throw typeError(`${fnName(fn)}() takes ${takes} but ${givenStr}`);
}

/**
 * A COMPARE_OP at the recursion limit: PyObject_RichCompare's guard fails (3.7–3.11), unless
 * 3.11 runs the comparison specialised, which calls no PyObject_RichCompare. It does when the
 * comparison feeds a conditional jump (here: the fused COMPARE_OP_POP_JUMP_IF_*) and compares
 * two ints of one 30-bit digit at most, two floats, or two strs with == or != (COMPARE_OP_INT_JUMP,
 * COMPARE_OP_FLOAT_JUMP, COMPARE_OP_STR_JUMP of _Py_Specialize_CompareOp). Code that recursed
 * this deep has run each comparison often enough to be specialised.
 */
function compareAtLimit(a: PyValue, b: PyValue, op: number, jumps: boolean): void {
	if (rt.minor > 11) return;
	if (rt.minor === 11 && jumps) {
		if (typeof a === 'number' && typeof b === 'number') {
			if (Math.abs(a) < 0x40000000 && Math.abs(b) < 0x40000000) return;
		} else if (a instanceof PyFloat && b instanceof PyFloat) return;
		else if (
			typeof a === 'string' &&
			typeof b === 'string' &&
			(op === P.CmpOp.Eq || op === P.CmpOp.Ne)
		)
			return;
	}
	throw cRecursionError(IN_COMPARISON);
}

function enterDepth(): void {
	if (++rt.depth > rt.recursionLimit) {
		rt.depth--;
		throw newException(RecursionError, 'maximum recursion depth exceeded');
	}
}

/** Calls a Python function to completion (used by natives: sorted(key=...), __repr__...). */
export function callFunction(fn: PyFunction, args: PyValue[], kwargs: Kwargs | null): PyValue {
	const f = makeFrame(fn, args, kwargs);
	if (fn.code.flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator))
		return makeGenerator(f, true);
	enterDepth();
	try {
		f.back = current;
		return runFrame(f, null);
	} finally {
		rt.depth--;
	}
}
P.hooks.callFunction = callFunction;

/** Resumes a generator frame (called by generators.ts); `exc` throws at the suspension point. */
export function resumeFrame(f: Frame, exc: PyException | null): PyValue {
	enterDepth();
	try {
		f.back = current;
		return runFrame(f, exc);
	} finally {
		rt.depth--;
	}
}

/** Runs a module-level or class-body code object in the given namespace. */
export function runCode(
	code: CodeObject,
	globals: PyDict,
	locals: PyDict,
	closure: PyCell[] | null = null
): PyValue {
	const f = new Frame(code, globals, builtinsOf(globals), locals, null);
	if (closure) {
		const base = code.varnames.length + code.cellvars.length;
		for (let i = 0; i < closure.length; i++) f.fast[base + i] = closure[i];
	}
	for (let i = 0; i < code.cellvars.length; i++) f.fast[code.varnames.length + i] = new PyCell();
	enterDepth();
	try {
		f.back = current;
		return runFrame(f, null);
	} finally {
		rt.depth--;
	}
}

/** The frame runCode() would run for a module-level code object, not started yet. */
export function moduleFrame(code: CodeObject, globals: PyDict): Frame {
	const f = new Frame(code, globals, builtinsOf(globals), globals, null);
	for (let i = 0; i < code.cellvars.length; i++) f.fast[code.varnames.length + i] = new PyCell();
	return f;
}

/**
 * Runs a module frame as the pausable outer loop of a sliced run (see index.ts start()): with
 * `resumeAt` null it starts `entry`, else it resumes the paused frame chain at `resumeAt`
 * (pausedFrame() of the previous slice). Returns the frame's value, or None with
 * exitKind() === ExitKind.Pause when the slice ended at a safe point.
 */
export function runResumable(entry: Frame, resumeAt: ResumePoint | null): PyValue {
	if (resumeAt === null) {
		enterDepth();
		entry.back = current;
	}
	pausedAt = null;
	let v: PyValue;
	try {
		v = runFrame(entry, null, resumeAt, true);
	} catch (e) {
		rt.depth--;
		throw e;
	}
	if (lastExit !== ExitKind.Pause) rt.depth--;
	return v;
}

/**
 * Runs a thread's frames (vm/threads.ts) as runResumable does the main program's, but from no
 * caller: the thread's frames do not chain to whichever frame was running when the scheduler
 * switched to it. `depth` is the thread's saved frame depth; the new depth is returned through
 * `out.depth` (the caller keeps it while the thread is suspended).
 */
export function runThreadSlice(entry: Frame, resumeAt: ResumePoint | null, out: { depth: number }): PyValue {
	const outer = current;
	const outerDepth = rt.depth;
	current = null;
	rt.depth = out.depth;
	try {
		if (resumeAt === null) {
			enterDepth();
			entry.back = null;
		}
		pausedAt = null;
		const v = runFrame(entry, null, resumeAt, true);
		if (lastExit !== ExitKind.Pause) rt.depth--;
		return v;
	} catch (e) {
		rt.depth--;
		throw e;
	} finally {
		out.depth = rt.depth;
		current = outer;
		rt.depth = outerDepth;
	}
}

// ---------------------------------------------------------------------------------------------
// Exceptions.

/** Turns anything thrown inside the VM into a Python exception. */
export function toPyException(e: unknown): PyException {
	if (e instanceof PyException) return e;
	const lib = P.fromLibError(e);
	if (lib instanceof PyException) return lib;
	// No regular expression here: the first use compiles it, which at the point where the stack
	// overflowed overflows again (SyntaxError "Invalid regular expression: Stack overflow").
	if (e instanceof RangeError && e.message.includes('call stack')) {
		return newException(RecursionError, 'maximum recursion depth exceeded');
	}
	if (
		e instanceof RangeError &&
		/Invalid (typed array |array |string )?length|Array buffer allocation|allocation failed|maximum size exceeded/i.test(
			e.message
		)
	) {
		return newException(MemoryError);
	}
	if (e instanceof BudgetExceeded) throw e;
	const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
	return newException(SystemError, `internal error in the runtime: ${msg}`);
}

/** Exceptions whose __context__ still has to be set at their first catch. */
const contextPending = new WeakSet<PyException>();

/** A fresh raise that already has a traceback (synthetic stdlib frames) still gets __context__. */
export function raisedFresh(exc: PyException): void {
	contextPending.add(exc);
}

/** The exception currently being handled, as seen from frame f (sys.exc_info()). */
export function currentHandled(f: Frame | null): PyException | null {
	for (let x = f; x !== null; x = x.back) if (x.excInfo !== null) return x.excInfo;
	return null;
}

function setContext(exc: PyException, f: Frame): void {
	const ctx = currentHandled(f);
	if (ctx === null || ctx === exc) return;
	// Avoid cycles (CPython _PyErr_SetObject): cut the chain where exc appears.
	let o: PyException | null = ctx;
	while (o !== null) {
		if (o.context === exc) {
			o.context = null;
			break;
		}
		o = o.context;
	}
	exc.context = ctx;
}

/**
 * Before 3.11 a handler saved the (type, value, traceback) triple it caught, and a reraise
 * (RERAISE at the end of a finally/with/unmatched except, a bare `raise`) restored that saved
 * traceback (CPython 3.10 ceval.c RERAISE, do_raise with exc_info): whatever the exception's
 * __traceback__ became meanwhile (an __exit__ or a generator that raised it again) is dropped.
 * 3.11+ keeps only the exception and reraises it with its current __traceback__.
 */
function rememberCaughtTraceback(f: Frame, exc: PyException): void {
	(f.caughtTracebacks ??= new WeakMap()).set(exc, exc.traceback);
}

/** Puts back the traceback `exc` had when a handler of frame `f` caught it (before 3.11). */
function restoreCaughtTraceback(f: Frame | null, exc: PyException): void {
	// A bare `raise` may reraise what a calling frame is handling: find the frame that caught it.
	for (let x = f; x !== null; x = x.back) {
		const saved = x.caughtTracebacks?.get(exc);
		if (saved !== undefined) {
			exc.traceback = saved;
			return;
		}
	}
}

function addTraceback(exc: PyException, f: Frame, pc: number): void {
	const code = f.code;
	const i = pc >> 1;
	const inlined = (code.flags & CodeFlags.InlinedComprehension) !== 0 && rt.minor >= 12;
	const entry: TracebackEntry = {
		filename: code.filename,
		name: code.name,
		line: code.lineAt(pc),
		start: i < code.starts.length ? code.starts[i] : -1,
		end: i < code.ends.length ? code.ends[i] : -1,
		source: code.source,
		hidden: inlined || (code.flags & CodeFlags.HiddenFrame) !== 0,
		inlined,
		next: exc.traceback,
	};
	// CPython 3.12+ runs an inlined comprehension in its caller's frame: the caller's entry
	// points at the comprehension's failing instruction, not at the comprehension as a whole.
	const inner = exc.traceback;
	if (inner !== null && inner.inlined === true && inner.filename === code.filename) {
		entry.line = inner.line;
		entry.start = inner.start;
		entry.end = inner.end;
	}
	// The traceback keeps the frame and its variables alive (CPython's tb_frame): remember the
	// unstarted coroutines among them, all that matters of it here (the frame itself may go
	// back to its pool).
	const fast = f.fast;
	for (let i = 0; i < fast.length; i++) {
		const slot = fast[i];
		const v = slot instanceof PyCell ? slot.value : slot;
		if (
			(v instanceof PyCoroutine && v.state === GenState.Created) ||
			(v instanceof PyGenerator && v.state === GenState.Suspended)
		)
			(entry.holds ??= []).push(v);
	}
	exc.traceback = entry;
}

/** Normalises the operand of `raise` into an exception instance. */
function makeRaisable(v: PyValue, what: 'exception' | 'cause'): PyException {
	if (v instanceof PyType && v.isSubtypeOf(baseExceptionType)) {
		const inst = P.call(v, []);
		if (!(inst instanceof PyException)) {
			throw typeError(
				`calling ${P.repr(v)} should have returned an instance of BaseException, not ${P.typeName(inst)}`
			);
		}
		return inst;
	}
	if (v instanceof PyException) return v;
	if (what === 'cause') throw typeError('exception causes must derive from BaseException');
	throw typeError('exceptions must derive from BaseException');
}

function excMatches(exc: PyValue, t: PyValue): boolean {
	if (t instanceof PyTuple) {
		for (const x of t.items) if (excMatches(exc, x)) return true;
		return false;
	}
	if (!(t instanceof PyType) || !t.isSubtypeOf(baseExceptionType)) {
		throw typeError('catching classes that do not inherit from BaseException is not allowed');
	}
	return isInstance(exc, t);
}

// ---------------------------------------------------------------------------------------------
// Helpers used by several opcodes.

function unboundLocal(name: string): PyException {
	const e = newException(
		UnboundLocalError,
		rt.minor >= 11
			? `cannot access local variable '${name}' where it is not associated with a value`
			: `local variable '${name}' referenced before assignment`
	);
	return e;
}

function unboundFree(name: string): PyException {
	return newException(
		NameError,
		rt.minor >= 11
			? `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`
			: `free variable '${name}' referenced before assignment in enclosing scope`
	);
}

export function notDefined(name: string, f: Frame | null = null): PyException {
	const e = nameError(`name '${name}' is not defined`);
	e.dict = P.newInstanceDict();
	(e.dict as PyDict).setStr('name', name);
	if (f !== null) nameErrorContext.set(e, f);
	return e;
}

/** The frame a NameError was raised in, for "Did you mean" suggestions at display time. */
export const nameErrorContext = new WeakMap<PyException, Frame>();

function cellName(code: CodeObject, slot: number): string {
	const nl = code.varnames.length;
	const nc = code.cellvars.length;
	return slot - nl < nc ? code.cellvars[slot - nl] : code.freevars[slot - nl - nc];
}

/** Unpacks an iterable into exactly n values (UNPACK_SEQUENCE), CPython's messages. */
function unpackSequence(v: PyValue, n: number): PyValue[] {
	if (v instanceof PyTuple || v instanceof PyList) {
		const items = v.items;
		if (items.length === n) return items;
		if (items.length < n)
			throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
		throw valueError(
			rt.minor >= 14
				? `too many values to unpack (expected ${n}, got ${items.length})`
				: `too many values to unpack (expected ${n})`
		);
	}
	let it: PyValue;
	try {
		it = P.getIter(v);
	} catch (e) {
		if (
			e instanceof PyException &&
			e.cls === typeError('').cls &&
			typeOf(v).lookup('__iter__') === undefined &&
			typeOf(v).lookup('__getitem__') === undefined
		) {
			throw typeError(`cannot unpack non-iterable ${P.typeName(v)} object`);
		}
		throw e;
	}
	const out: PyValue[] = [];
	for (let i = 0; i < n; i++) {
		const x = P.iterNext(it);
		if (x === undefined) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
		out.push(x);
	}
	if (P.iterNext(it) !== undefined) throw valueError(`too many values to unpack (expected ${n})`);
	return out;
}

function unpackEx(v: PyValue, before: number, after: number): PyValue[] {
	let all: PyValue[];
	try {
		all = P.toArray(v);
	} catch (e) {
		if (
			e instanceof PyException &&
			typeOf(v).lookup('__iter__') === undefined &&
			typeOf(v).lookup('__getitem__') === undefined
		) {
			throw typeError(`cannot unpack non-iterable ${P.typeName(v)} object`);
		}
		throw e;
	}
	if (all.length < before + after) {
		throw valueError(
			`not enough values to unpack (expected at least ${before + after}, got ${all.length})`
		);
	}
	const out = all.slice(0, before);
	out.push(new PyList(all.slice(before, all.length - after)));
	for (let i = all.length - after; i < all.length; i++) out.push(all[i]);
	return out;
}

/** format(v, spec) (the FORMAT_VALUE path): PyObject_Format. */
export function formatValue(v: PyValue, spec: string): string {
	if (spec === '' && typeof v === 'string') return v;
	return formatObject(v, spec);
}

/** The awaitable iterator for `await v` (CPython _PyCoro_GetAwaitableIter + GET_AWAITABLE checks). */
function getAwaitable(v: PyValue, where: number): PyValue {
	if (v instanceof PyCoroutine) {
		if (v.state === 1 /* Suspended */ && isBeingAwaited(v))
			throw runtimeError('coroutine is being awaited already');
		return v;
	}
	if (v instanceof PyGenerator && v.frame.code.flags & CodeFlags.IterableCoroutine) return v;
	const m = typeOf(v).lookup('__await__');
	if (m === undefined) {
		const tn = P.typeName(v);
		if (where === 1)
			throw typeError(
				`'async with' received an object from __aenter__ that does not implement __await__: ${tn}`
			);
		if (where === 2)
			throw typeError(
				`'async with' received an object from __aexit__ that does not implement __await__: ${tn}`
			);
		throw typeError(
			rt.minor >= 14
				? `'${tn}' object can't be awaited`
				: `object ${tn} can't be used in 'await' expression`
		);
	}
	const it = P.callMethodValue(m, v, []);
	if (
		it instanceof PyCoroutine ||
		(it instanceof PyGenerator && it.frame.code.flags & CodeFlags.IterableCoroutine)
	) {
		throw typeError('__await__() returned a coroutine');
	}
	if (!(it instanceof P.PyIteratorBase) && typeOf(it).lookup('__next__') === undefined) {
		throw typeError(`__await__() returned non-iterator of type '${P.typeName(it)}'`);
	}
	return it;
}

function isBeingAwaited(c: PyCoroutine): boolean {
	// A suspended coroutine that is not currently running is awaited by whoever resumes it;
	// CPython raises only when another await picks up a coroutine already suspended in one.
	return c.frame.back !== null && c.state === 1 && awaitedBy.has(c);
}
const awaitedBy = new WeakSet<PyCoroutine>();

/**
 * SEND on a non-generator receiver: returns the yielded value, or sets sendReturned and
 * returns the StopIteration value.
 */
let sendReturned = false;
function sendGeneric(receiver: PyValue, v: PyValue): PyValue {
	sendReturned = false;
	if (receiver instanceof PyCoroutineWrapper && v === None) {
		const r = receiver.nextValue();
		if (r === undefined) {
			sendReturned = true;
			return receiver.coro.returnValue;
		}
		return r;
	}
	try {
		if (v === None) {
			if (receiver instanceof P.PyIteratorBase) {
				const r = receiver.nextValue();
				if (r === undefined) {
					sendReturned = true;
					return None;
				}
				return r;
			}
			const m = typeOf(receiver).lookup('__next__');
			if (m === undefined) throw typeError(`'${P.typeName(receiver)}' object is not an iterator`);
			return P.callMethodValue(m, receiver, []);
		}
		return P.call(P.getAttr(receiver, 'send'), [v]);
	} catch (e) {
		if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) {
			sendReturned = true;
			return stopIterationValue(e);
		}
		throw e;
	}
}

/** The __class__ cell and first argument of the calling method, for zero-argument super(). */
export function superArgsOf(f: Frame): [PyValue, PyValue] {
	const code = f.code;
	const idx = code.freevars.indexOf('__class__');
	if (idx < 0) throw runtimeError('super(): __class__ cell not found');
	const cell = f.fast[code.varnames.length + code.cellvars.length + idx] as PyCell;
	if (cell.value === undefined) throw runtimeError('super(): empty __class__ cell');
	if (code.argcount === 0 && !(code.flags & CodeFlags.VarArgs))
		throw runtimeError('super(): no arguments');
	let self = f.fast[0];
	// The first argument may have been moved into a cell.
	const ci = code.cell2arg.indexOf(0);
	if (ci >= 0) self = (f.fast[code.varnames.length + ci] as PyCell).value;
	if (code.flags & CodeFlags.VarArgs && code.argcount === 0) {
		const t = f.fast[code.kwonlyargcount] as PyTuple;
		self = t.items[0];
	}
	if (self === undefined) throw runtimeError('super(): arg[0] deleted');
	return [cell.value, self];
}

/**
 * Generic call used by CALL (f.pc past it) for non-inlined callables. A 3.11 CALL may run
 * specialised, without the call's recursion guard (see objects/cRecursion.ts).
 */
function callGeneric(f: Frame, callable: PyValue, args: PyValue[], kwargs: Kwargs | null): PyValue {
	if (
		callable === vmHooks.superType &&
		args.length === 0 &&
		(kwargs === null || kwargs.size === 0)
	) {
		// super() is called through tp_call (3.7–3.11), which guards.
		if (rt.depth >= rt.recursionLimit) cLimitReached(CALLING);
		const [cls, self] = superArgsOf(f);
		return vmHooks.makeSuper!(cls, self);
	}
	if (rt.minor === 11 && unguardedCall311(f, callable, args, kwargs))
		return P.callObject(callable, args, kwargs);
	return P.call(callable, args, kwargs);
}

/** callGeneric for CALL_FUNCTION_EX, which 3.11 never specialises. */
function callGenericEx(
	f: Frame,
	callable: PyValue,
	args: PyValue[],
	kwargs: Kwargs | null
): PyValue {
	if (rt.minor === 11 && callable !== vmHooks.superType) return P.call(callable, args, kwargs);
	return callGeneric(f, callable, args, kwargs);
}

/** A 3.11 CALL (f.pc past it) that runs specialised, without the call's guard. */
function unguardedCall311(
	f: Frame,
	callable: PyValue,
	args: PyValue[],
	kwargs: Kwargs | null
): boolean {
	const resultPopped = f.code.code[f.pc] === Op.POP_TOP;
	return (
		specialised311(f, f.pc) && !callEntersC311(callable, args.length, kwargs !== null, resultPopped)
	);
}

/**
 * Whether a CALL of a builtin (pc: past it) enters the " while calling a Python object" guard
 * (up to 3.11): always in 3.7–3.10 (cfunction_enter_call, method_enter_call), per its
 * specialisation in 3.11 once specialised.
 */
function builtinCallGuarded(callable: PyValue, argc: number, f: Frame, pc: number): boolean {
	if (rt.minor < 11 || !specialised311(f, pc)) return true;
	return callEntersC311(callable, argc, false, f.code.code[pc] === Op.POP_TOP);
}

/**
 * Whether 3.11 runs the CALL before pc specialised. It quickens a code object at its 8th RESUME
 * (QUICKENING_WARMUP_DELAY; a loop's JUMP_BACKWARD counts too), and a quickened CALL specialises
 * when it first runs: the first seven calls of a function call builtins unspecialised, through
 * their guarded vectorcall. Counted per CALL instruction here, which is the same count for code
 * that runs it once per call, as a recursion does.
 */
function specialised311(f: Frame, pc: number): boolean {
	const code = f.code;
	let runs = code.callRuns311;
	if (runs === null) runs = code.callRuns311 = new Uint8Array(code.code.length >> 1);
	const i = (pc - 2) >> 1;
	if (runs[i] >= 7) return true;
	runs[i]++;
	return false;
}

/** Calls a native inside the guard (out of runFrame, whose frame size bounds the JS recursion). */
function callNativeGuarded(callable: PyBuiltin | PyMethodDescriptor, args: PyValue[]): PyValue {
	const levels = callLevels(callable, args.length);
	enterCalls(levels);
	try {
		return callable.fn(args, null);
	} catch (e) {
		throw P.fromLibError(e);
	} finally {
		rt.depth -= levels;
	}
}

function kwargsFromDict(d: PyValue, fnDesc: () => string): Kwargs {
	const kw: Kwargs = new Map();
	if (!(d instanceof PyDict))
		throw typeError(`${fnDesc()} argument after ** must be a mapping, not ${P.typeName(d)}`);
	for (const [k, v] of d.entries()) {
		if (typeof k !== 'string') throw typeError('keywords must be strings');
		kw.set(k, v);
	}
	return kw;
}

/** CPython's _PyObject_FunctionStr: "module.qualname()" (module omitted for builtins). */
function describeCallable(c: PyValue): string {
	if (c instanceof PyMethod) return describeCallable(c.func);
	let qual: string;
	let mod: PyValue | string | null;
	if (c instanceof PyFunction) {
		qual = c.qualname;
		mod = c.module;
	} else if (c instanceof PyBuiltin) {
		qual = c.qualname;
		mod = c.module;
	} else if (c instanceof PyType) {
		qual = c.qualname;
		mod = c.module;
	} else return `${P.typeName(c)} object`;
	return typeof mod === 'string' && mod !== 'builtins' ? `${mod}.${qual}()` : `${qual}()`;
}

// ---------------------------------------------------------------------------------------------
// Compiled functions (jit.ts): what their code calls, and how the frame loop calls them.

/** How many code objects were compiled, and how often compiled frames went back to the interpreter. */
export const jitCounters = { compiled: 0, segments: 0, unwinds: 0, resumed: 0, deopts: 0 };

/** The code generator, once '#jit' installed it (vm/jitEager.ts, vm/jitLazy.ts). */
let jitCompiler: JitCompiler | null = null;
/** Installs the code generator (see '#jit' in package.json). */
export function installJitCompiler(compiler: JitCompiler): void {
	jitCompiler = compiler;
}

/** Compiles a code object for jit.ts, once: after this it is compiled or never will be. */
function compileCode(code: CodeObject): void {
	if (jitCompiler === null) return; // not loaded yet: stay interpreted for now
	code.jitState = JitState.Never;
	const fn = jitCompiler.compileJit(code, (jitSupport ??= makeJitSupport()));
	if (fn !== null) {
		code.jit = fn;
		code.jitState = JitState.Compiled;
		jitCounters.compiled++;
	}
}

/** Whether this run calls compiled code (RunOptions.jit, and never while tracing). */
let jitActive = true;
/** Turns compiled code on or off for the next run. */
export function setJitActive(on: boolean): void {
	jitActive = on;
}

/** Compiles a code object's segments, once (see compileCode). */
function compileSegmentCode(code: CodeObject): void {
	if (jitCompiler === null) return;
	code.segState = JitState.Never;
	const fn = jitCompiler.compileSegment(code, (jitSupport ??= makeJitSupport()));
	if (fn !== null) {
		code.seg = fn;
		code.segState = JitState.Compiled;
		jitCounters.segments++;
	}
}

/** Set by a segment that raised: f.pc and f.sp say where (see jit.ts SegmentFn). */
let segmentRaised = false;

/**
 * Runs a segment on f: 0 or 1 as SegmentFn returns, or 2 when compiled frames it called were
 * handed to the interpreter (jitResume).
 */
function enterSegment(seg: SegmentFn, f: Frame): number {
	try {
		return seg(f);
	} catch (e) {
		if (e instanceof JitUnwind) {
			jitResumeAt = e.top;
			jitResumeExc = e.exc;
			jitCounters.unwinds++;
			return 2;
		}
		throw e;
	}
}

/** The frame a JitUnwind handed over, for the frame loop that caught it (see invokeJit), and what it raises. */
let jitResumeAt: Frame | null = null;
let jitResumeExc: unknown = null;

/** Runs compiled code on nf; undefined when its frames were handed to the interpreter (jitResume). */
function invokeJit(fn: JitFn, nf: Frame): PyValue | undefined {
	try {
		return fn(nf);
	} catch (e) {
		if (e instanceof JitUnwind) {
			jitResumeAt = e.top;
			jitResumeExc = e.exc;
			jitCounters.unwinds++;
			return undefined;
		}
		throw e;
	}
}

/**
 * What callOther/callKw return when the interpreter has to make the call: compiled code then
 * hands its frame over (a function unwinds, a segment returns) at the call.
 */
const JIT_DEOPT = Object.freeze({ deopt: true }) as unknown as PyValue;

/** A compiled frame cannot go on: count it against its code (see JIT_DEOPT). */
function jitDeopt(f: Frame): PyValue {
	jitCounters.deopts++;
	const code = f.code;
	if (code.jit !== null && ++code.jitDeopts >= JIT_MAX_DEOPTS) {
		code.jit = null;
		code.jitState = JitState.Never;
	}
	return JIT_DEOPT;
}
const JIT_MAX_DEOPTS = 16;

/** The frame for a plain call of `fn` from f (CALL's fast path, compiled calls): reused, locals past the arguments cleared. */
function plainFrameFor(f: Frame, fn: PyFunction, code: CodeObject): Frame {
	const previous = f.child;
	let nf: Frame | undefined;
	if (previous !== null && previous.code === code) nf = previous;
	else {
		nf = code.framePool.pop();
		if (nf === undefined) {
			nf = new Frame(code, fn.globals, fn.builtins, null, fn);
			nf.pooled = true;
		}
		f.child = nf;
		if (previous !== null && previous.code.framePool.length < FRAME_POOL_SIZE)
			previous.code.framePool.push(previous);
	}
	// Usually the same function again: skip pointer stores that change nothing.
	if (nf.func !== fn) {
		nf.globals = fn.globals;
		nf.func = fn;
	}
	if (nf.builtins !== fn.builtins) nf.builtins = fn.builtins;
	nf.pc = 0;
	nf.sp = 0;
	nf.lasti = 0;
	if (nf.excInfo !== null) nf.excInfo = null;
	const locals = nf.fast;
	for (let i = code.plainArgc; i < locals.length; i++) locals[i] = undefined;
	return nf;
}

/** A native call as the CALL instruction makes it (pc: the CALL), with 3.7–3.11's recursion guard. */
function jitCallNative(
	f: Frame,
	pc: number,
	callable: PyBuiltin | PyMethodDescriptor,
	args: PyValue[]
): PyValue {
	if (rt.minor <= 11 && builtinCallGuarded(callable, args.length, f, pc + 2))
		return callNativeGuarded(callable, args);
	try {
		return callable.fn(args, null);
	} catch (e) {
		throw P.fromLibError(e);
	}
}

/**
 * CALL from compiled code of anything but a compiled plain callee: natives and objects as the
 * frame loop calls them; a Python function it has to run itself is handed to the interpreter.
 */
function jitCallOther(
	f: Frame,
	pc: number,
	callable: PyValue,
	self: PyValue | undefined,
	args: PyValue[]
): PyValue {
	if (callable instanceof PyMethod && self === undefined) {
		self = callable.self;
		callable = callable.func;
	}
	const nargs = args.length;
	if (nargs <= 1) {
		// g.send(v), g.__next__(), next(g): resumed here as the frame loop would, inline.
		let g: PyValue | undefined;
		let v: PyValue = None;
		if (self !== undefined) {
			if (
				callable instanceof PyMethodDescriptor &&
				(nargs === 1 ? inlineResume.send.has(callable) : inlineResume.next.has(callable))
			) {
				g = self;
				if (nargs === 1) v = args[0];
			}
		} else if (nargs === 1 && callable instanceof PyBuiltin && inlineResume.next.has(callable.fn))
			g = args[0];
		if (
			(g instanceof PyGenerator || (g instanceof PyCoroutine && self !== undefined)) &&
			canInline(g, v)
		)
			return jitResume(f, pc, g, v, callable, self !== undefined ? nargs + 1 : nargs);
	}
	if (self !== undefined) args = withReceiver(self, args);
	const argc = args.length;
	if (callable instanceof PyFunction) {
		const code = callable.code;
		if (code.flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator))
			return makeGenerator(makeFrame(callable, args, null));
		// Deep enough: the interpreter takes the frames over (not held against this code).
		if (rt.depth >= JIT_MAX_DEPTH) return JIT_DEOPT;
		if (code.jitState === JitState.Cold) compileCode(code);
		const jit = code.jit;
		if (jit === null) return jitDeopt(f);
		let nf: Frame;
		if (code.plainArgc === argc) {
			nf = plainFrameFor(f, callable, code);
			const fast = nf.fast;
			for (let i = 0; i < argc; i++) fast[i] = args[i];
		} else nf = makeFrame(callable, args, null, 0, argc, true); // defaults, or a TypeError
		enterDepth();
		nf.back = f;
		return jit(nf);
	}
	if (inlineResume.next.has(callable) || inlineResume.send.has(callable)) return jitDeopt(f);
	if (inlineResume.next.has((callable as PyBuiltin).fn)) return jitDeopt(f);
	if (callable instanceof PyMethodDescriptor && self !== undefined) {
		if (callable.driver !== null) return jitDeopt(f);
		return jitCallNative(f, pc, callable, args);
	}
	if (callable instanceof PyBuiltin && self === undefined && callable.self === undefined) {
		if (callable.driver !== null) return jitDeopt(f);
		return jitCallNative(f, pc, callable, args);
	}
	f.pc = pc + 2;
	f.sp = 0;
	return callGeneric(f, callable, args, null);
}

/** [self, ...args] (Array.prototype.unshift was most of a method call's cost from compiled code). */
function withReceiver(self: PyValue, args: PyValue[]): PyValue[] {
	const all = [self];
	for (let i = 0; i < args.length; i++) all.push(args[i]);
	return all;
}

/**
 * A generator or coroutine resumed by compiled code's call (pc) of send/__next__/next: its frame
 * is entered as the frame loop's CALL enters it, and its compiled segment runs it. When that
 * stops at a YIELD_VALUE, the yield is made here (the frame loop's YIELD_VALUE for a call) and its
 * value is the call's result; anywhere else the frames go to the interpreter (JitUnwind), which
 * goes on with the generator and then returns to the caller as after its own inline resume.
 */
function jitResume(
	f: Frame,
	pc: number,
	g: PyGenerator | PyCoroutine,
	v: PyValue,
	callable: PyValue,
	argc: number
): PyValue {
	// Resumed here only where a segment can take over and has mostly reached a yield; deep
	// enough, the JavaScript stack is spared.
	const gcode = g.frame.code;
	if (gcode.segState === JitState.Cold) compileSegmentCode(gcode);
	if (gcode.seg === null || gcode.segMisses >= MAX_SEGMENT_MISSES || rt.depth >= JIT_MAX_DEPTH)
		return jitDeopt(f);
	const inner =
		rt.minor <= 11
			? enterGeneratorGuarded(g, v, f, callable, argc, pc + 2)
			: enterGenerator(g, v, ResumeKind.Call, 0, f);
	const op = runResumed(inner);
	jitCounters.resumed++;
	if (op !== Op.YIELD_VALUE) {
		gcode.segMisses++;
		throw new JitUnwind(inner);
	}
	return jitYieldUp(inner, f);
}

/**
 * Runs the innermost frame of a resumption from compiled code in its segment: the opcode it
 * stopped at (-1: not at an instruction compiled code can finish, or no segment). An exception
 * goes to the interpreter, raised in that frame, whose handlers come first.
 */
function runResumed(inner: Frame): number {
	const code = inner.code;
	if (code.segState === JitState.Cold) compileSegmentCode(code);
	const seg = code.seg;
	if (seg === null) return -1;
	current = inner;
	let r: number;
	try {
		r = seg(inner);
	} catch (e) {
		if (e instanceof JitUnwind || e instanceof BudgetExceeded) throw e;
		segmentRaised = false;
		throw new JitUnwind(inner, e);
	}
	if (r !== 0) throw new JitUnwind(inner); // a check point: the interpreter checks there
	return code.code[inner.pc];
}

/**
 * Frame f suspends at the YIELD_VALUE of a `yield from`/`await` loop whose SEND jumps to `exit`
 * when done, with its receiver on top of its stack: the hints of enterDelegates (Frame.yieldFromPc).
 * Every such yield sets them (here, or in the levels jitYieldUp and the frame loop's YIELD_VALUE
 * pass through), so they are never stale while the frame is suspended at that pc.
 */
function noteYieldFrom(f: Frame, exit: number): void {
	f.yieldFromPc = f.pc;
	f.yieldFromExit = exit;
	const receiver = f.stack[f.sp - 1] as PyObject;
	const kind = receiver.constructor;
	f.yieldFromFrame = kind === PyGenerator || kind === PyCoroutine ? (receiver as GenLike).frame : null;
}

/**
 * The frame loop's YIELD_VALUE for a frame resumed from compiled code, stopped at it: the value
 * goes up through the `yield from`/`await` levels enterGenerator went down (each SEND gets it and
 * its YIELD_VALUE passes it on) to the generator the caller f resumed, and is the result.
 */
function jitYieldUp(inner: Frame, f: Frame): PyValue {
	let fr = inner;
	const v = fr.stack[--fr.sp]!;
	fr.stack[fr.sp] = undefined;
	const yieldPc = fr.pc;
	fr.lasti = yieldPc;
	fr.pc = yieldPc + 2;
	const code = fr.code.code;
	if (code[yieldPc + 1] === 1) noteYieldFrom(fr, code[yieldPc - 1]);
	// The depth and instruction counts of the levels are settled once, after the walk.
	let levels = 0;
	for (;;) {
		(fr.gen as GenLike).state = GenState.Suspended;
		levels++;
		if (fr.callLevels !== 0) leaveCallLevels(fr);
		const caller = fr.back!;
		fr.back = null;
		if (fr.resumeKind !== ResumeKind.Send) break;
		// Its SEND's result, which its YIELD_VALUE passes on: the slot is left as it is.
		caller.sp--;
		const pc = caller.pc + 2;
		caller.pc = pc;
		caller.lasti = pc - 2;
		caller.yieldFromPc = pc;
		caller.yieldFromExit = fr.resumeTarget;
		caller.yieldFromFrame = fr;
		fr = caller;
	}
	rt.depth -= levels;
	counters.instructions += levels;
	current = f;
	return v;
}

/**
 * FOR_ITER of compiled code (pc, jumping to target when exhausted) over a generator: resumed as
 * the frame loop's FOR_ITER resumes it, its segment run directly. A yield is the next item; a
 * return is the end (undefined); JIT_DEOPT: the interpreter makes this FOR_ITER; anywhere else
 * the frames go to the interpreter with the generator running (JitUnwind).
 */
function jitForIterGen(f: Frame, pc: number, target: number, g: PyGenerator): PyValue | undefined {
	// The common case, a suspended generator whose code has a segment, with each step of the
	// general path below done once: a generator loop's every item comes this way.
	const gf = g.frame;
	const gcode = gf.code;
	if (
		g.state === GenState.Suspended &&
		gcode.seg !== null &&
		gcode.segMisses < MAX_SEGMENT_MISSES &&
		rt.depth < JIT_MAX_DEPTH &&
		!traceState.enabled
	) {
		f.pc = pc + 2;
		// pushGenerator's work for a suspended generator (its `returned` is already false).
		gf.stack[gf.sp++] = None;
		g.state = GenState.Running;
		gf.resumeKind = ResumeKind.ForIter;
		gf.resumeTarget = target;
		enterDepth();
		gf.back = f;
		const inner = enterDelegates(gf, None);
		const op = runResumed(inner);
		jitCounters.resumed++;
		if (op === Op.YIELD_VALUE) return jitYieldUp(inner, f);
		return jitForIterEnd(f, g, inner, op);
	}
	return jitForIterGenSlow(f, pc, target, g);
}

/** jitForIterGen's general case. */
function jitForIterGenSlow(f: Frame, pc: number, target: number, g: PyGenerator): PyValue | undefined {
	if (!canInline(g, None)) return P.iterNext(g); // raises what the generic path raises
	const gcode = g.frame.code;
	if (gcode.segState === JitState.Cold) compileSegmentCode(gcode);
	if (gcode.seg === null || gcode.segMisses >= MAX_SEGMENT_MISSES || rt.depth >= JIT_MAX_DEPTH)
		return jitDeopt(f);
	f.pc = pc + 2;
	const inner = enterGenerator(g, None, ResumeKind.ForIter, target, f);
	const op = runResumed(inner);
	jitCounters.resumed++;
	if (op === Op.YIELD_VALUE) return jitYieldUp(inner, f);
	return jitForIterEnd(f, g, inner, op);
}

/**
 * jitForIterGen after the segment stopped short of a yield at op: the generator returned (the
 * loop ends: undefined), or the interpreter takes the frames over.
 */
function jitForIterEnd(f: Frame, g: PyGenerator, inner: Frame, op: number): undefined {
	if (op !== Op.RETURN_VALUE || inner !== g.frame) {
		g.frame.code.segMisses++;
		throw new JitUnwind(inner);
	}
	// The frame loop's RETURN_VALUE for a FOR_ITER resumption: the loop ends.
	const gf = inner;
	const value = gf.stack[--gf.sp]!;
	gf.stack[gf.sp] = undefined;
	if (gf.ownsGenerators) {
		gf.lasti = gf.pc;
		releaseOwnedSlots(gf, value);
	}
	gf.pc += 2;
	gf.sp = 0;
	rt.depth--;
	if (gf.callLevels !== 0) leaveCallLevels(gf);
	gf.back = null;
	counters.instructions++;
	current = f;
	g.state = GenState.Closed;
	g.returned = true;
	g.returnValue = value;
	return undefined;
}

/** A generator whose segment stopped short of a yield this often is resumed by the interpreter. */
const MAX_SEGMENT_MISSES = 8;

/** CALL_KW from compiled code: as the frame loop makes it, or handed to the interpreter. */
function jitCallKw(
	f: Frame,
	pc: number,
	callable: PyValue,
	self: PyValue | undefined,
	args: PyValue[],
	kwnames: PyTuple
): PyValue {
	if (callable instanceof PyMethod && self === undefined) {
		self = callable.self;
		callable = callable.func;
	}
	if (self !== undefined) args.unshift(self);
	const names = kwnames.items as string[];
	const npos = args.length - names.length;
	const kwargs: Kwargs = new Map();
	for (let i = 0; i < names.length; i++) kwargs.set(names[i], args[npos + i]);
	args.length = npos;
	if (callable instanceof PyFunction) {
		const code = callable.code;
		if (code.flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator))
			return makeGenerator(makeFrame(callable, args, kwargs));
		if (rt.depth >= JIT_MAX_DEPTH) return JIT_DEOPT;
		if (code.jitState === JitState.Cold) compileCode(code);
		const jit = code.jit;
		if (jit === null) return jitDeopt(f);
		const nf = makeFrame(callable, args, kwargs, 0, npos, true);
		enterDepth();
		nf.back = f;
		return jit(nf);
	}
	if (
		(callable instanceof PyBuiltin
			? callable.self === undefined
			: callable instanceof PyMethodDescriptor && self !== undefined) &&
		(callable as PyBuiltin | PyMethodDescriptor).driver !== null
	)
		return jitDeopt(f);
	f.pc = pc + 2;
	f.sp = 0;
	return callGeneric(f, callable, args, kwargs);
}

/** A compiled frame left by an exception: the frame loop's unwinding of a frame without a handler. */
function jitFrameRaised(f: Frame, thrown: unknown, at: number, live: number): unknown {
	if (thrown instanceof BudgetExceeded) return thrown;
	const exc = toPyException(thrown);
	f.lasti = at;
	if (contextPending.has(exc) || exc.traceback === null) {
		contextPending.delete(exc);
		setContext(exc, f);
	}
	addTraceback(exc, f, at);
	const stack = f.stack;
	dropUnawaited(stack, 0, live, f, exc);
	for (let i = 0; i < live; i++) stack[i] = undefined;
	holdFrameCoroutines(f);
	f.sp = 0;
	rt.depth--;
	const caller = f.back;
	f.back = null;
	current = caller;
	return exc;
}

/** The cache of a compiled LOAD_GLOBAL (jit.ts): a dict and the slot of its value. */
interface GlobalCache {
	d: PyDict | null;
	v: number;
	b: PyDict | null;
	bv: number;
	h: PyDict | null;
	i: number;
}

/** LOAD_GLOBAL in compiled code, past its cache: globals, then builtins; fills the cache. */
function jitLoadGlobal(f: Frame, name: string, c: GlobalCache): PyValue {
	const globals = f.globals;
	let i = globals.strSlot(name);
	c.d = globals;
	c.v = globals.version;
	if (i >= 0) {
		c.b = null;
		c.h = globals;
		c.i = i;
		return globals.vals[i] as PyValue;
	}
	const builtins = f.builtins;
	i = builtins.strSlot(name);
	if (i < 0) {
		c.d = null;
		throw notDefined(name, f);
	}
	c.b = builtins;
	c.bv = builtins.version;
	c.h = builtins;
	c.i = i;
	return builtins.vals[i] as PyValue;
}

/** A LOAD_METHOD site's cache in compiled code: what type `t` gave at type epoch `e`. */
interface MethodCache {
	t: PyType | null;
	e: number;
	/** The method found (a function or method descriptor), or undefined: not the method form. */
	a: PyValue | undefined;
}

/** LOAD_METHOD's fast path: the function to call with obj as self, or undefined (then LOAD_ATTR). */
function jitMethodOf(obj: PyValue, name: string, site: MethodCache): PyValue | undefined {
	const t = typeOf(obj);
	let attr: PyValue | undefined;
	if (t === site.t && site.e === typeEpochNow()) attr = site.a;
	else {
		if (obj instanceof PyType) return undefined;
		attr = undefined;
		if (t.isBuiltin || t.lookup('__getattribute__') === P.objectGetAttribute) {
			const found = t.lookup(name);
			if (found instanceof PyFunction || found instanceof PyMethodDescriptor) attr = found;
		}
		site.t = t;
		site.e = typeEpochNow();
		site.a = attr;
	}
	if (attr !== undefined && (typeof obj !== 'object' || obj.dict === null || !obj.dict.hasStr(name)))
		return attr;
	return undefined;
}

/**
 * What compiled code calls (jit.ts), one object so the generated code reaches it as `J`. Made on
 * first use: at this module's evaluation some of the classes it holds may not be yet.
 */
let jitSupport: object | null = null;
const makeJitSupport = (): object => ({
	C: counters,
	rt,
	None,
	True,
	False,
	PyFloat,
	PyFunction,
	PyCoroutine,
	JitUnwind,
	setCurrent(f: Frame | null): void {
		current = f;
	},
	unboundLocal,
	recursionError: (): PyException =>
		newException(RecursionError, 'maximum recursion depth exceeded'),
	loadGlobal: jitLoadGlobal,
	loadName(f: Frame, name: string, c: GlobalCache): PyValue {
		const locals = f.locals!;
		if (locals === f.globals) return jitLoadGlobal(f, name, c);
		let v = locals.getStr(name);
		if (v === undefined) {
			v = f.globals.getStr(name);
			if (v === undefined) {
				v = f.builtins.getStr(name);
				if (v === undefined) throw notDefined(name, f);
			}
		}
		return v;
	},
	storeName(f: Frame, name: string, v: PyValue, c: GlobalCache): void {
		const locals = f.locals!;
		locals.setStr(name, v);
		if (locals instanceof PyDict) {
			c.d = locals;
			c.v = locals.version;
			c.i = locals.strSlot(name);
		}
	},
	segmentRaised(): void {
		segmentRaised = true;
	},
	getAttr: P.getAttrStrict,
	setAttr: P.setAttr,
	methodOf: jitMethodOf,
	binaryOp: P.binaryOp,
	unaryNegative: P.unaryNegative,
	isTrue: P.isTrue,
	compareAtLimit,
	richCompare: P.doRichCompare,
	contains: P.contains,
	getItem(obj: PyValue, key: PyValue): PyValue {
		if (
			typeof key === 'number' &&
			((obj instanceof PyList && obj.cls === listType) || (obj instanceof PyTuple && obj.cls === tupleType))
		) {
			const items = obj.items;
			const i = key < 0 ? key + items.length : key;
			if (i >= 0 && i < items.length) return items[i];
		}
		return P.getItem(obj, key);
	},
	setItem(obj: PyValue, key: PyValue, v: PyValue): void {
		if (typeof key === 'number' && obj instanceof PyList && obj.cls === listType) {
			const items = obj.items;
			const i = key < 0 ? key + items.length : key;
			if (i >= 0 && i < items.length) {
				items[i] = v;
				return;
			}
		}
		P.setItem(obj, key, v);
	},
	newTuple,
	newList: (items: PyValue[]): PyList => new PyList(items),
	releaseOwnedSlots,
	poppedCoroutine(f: Frame, pc: number, v: PyCoroutine): void {
		if (v.state === GenState.Created && !stillReferenced(v, f)) {
			f.lasti = pc;
			warnNeverAwaited(v, f);
		}
	},
	poppedLoopGenerator(f: Frame, pc: number, v: PyGenerator): void {
		f.lasti = pc;
		finalizeDroppedGenerator(v);
	},
	markLoopOwned,
	poolFrame(f: Frame): void {
		const pool = f.code.framePool;
		if (pool.length < FRAME_POOL_SIZE) {
			if (f.excInfo !== null) f.excInfo = null;
			f.lasti = 0;
			pool.push(f);
		}
	},
	frameFor: plainFrameFor,
	callOther: jitCallOther,
	callKw: jitCallKw,
	forIterGen: jitForIterGen,
	deopt: jitDeopt,
	DEOPT: JIT_DEOPT,
	PyRangeIter,
	PyGenerator,
	getIter: P.getIter,
	iterNext: (it: PyValue): PyValue | undefined =>
		it instanceof P.PyIteratorBase ? it.nextValue() : P.iterNext(it),
	frameRaised: jitFrameRaised,
});

// ---------------------------------------------------------------------------------------------
// The dispatch loop.

/** A reraise must not add a traceback entry for the current frame. */
let reraising = false;

/**
 * How a generator frame was resumed inline by its caller (CPython 3.11+ pushes generator
 * frames on the same frame stack instead of recursing in C). It decides what the caller sees
 * when the generator yields or returns.
 */
const enum ResumeKind {
	Nested = 0, // resumed through genResume(): YIELD/RETURN leave runFrame
	Send = 1, // SEND: yield replaces the sent value; return pops the receiver and jumps
	Call = 2, // g.send(v) / next(g) / g.__next__(): yield is the call's result; return raises StopIteration
	ForIter = 3, // FOR_ITER: yield is the next item; return pops the iterator and jumps
	Driver = 4, // a native driver (the event loop) resumed it: yield/return/raise go to f.driver
}

/** A few objects compared by identity: faster than a Set's hashing for two or three members. */
class IdentityList {
	private readonly members: unknown[] = [];
	add(x: unknown): void {
		this.members.push(x);
	}
	has(x: unknown): boolean {
		const members = this.members;
		for (let i = 0; i < members.length; i++) if (members[i] === x) return true;
		return false;
	}
}

/** The native callables whose calls on a generator are resumed inline (set by genTypes/hooks). */
export const inlineResume = {
	send: new IdentityList(),
	next: new IdentityList(),
};

/**
 * A frame run inline returns `v` to `caller`: a plain function pushes the value; an inline-resumed
 * generator finishes according to how it was resumed. Returns an exception to raise in the caller
 * (StopIteration for g.send()/next(g)), or null.
 */
function returnToCaller(f: Frame, caller: Frame, v: PyValue): PyException | null {
	const g = f.gen as GenLike | null;
	const stack = caller.stack;
	if (g === null) {
		stack[caller.sp++] = v;
		return null;
	}
	g.state = GenState.Closed;
	g.returned = true;
	g.returnValue = v;
	if (traceState.enabled) traceHandOff('return', g, v);
	switch (f.resumeKind) {
		case ResumeKind.Send:
			stack[--caller.sp] = undefined;
			stack[caller.sp - 1] = v;
			caller.pc = f.resumeTarget;
			return null;
		case ResumeKind.ForIter:
			stack[--caller.sp] = undefined;
			caller.pc = f.resumeTarget;
			return null;
		default:
			return v === None ? newException(StopIteration) : newException(StopIteration, v);
	}
}

/** Stack values discarded by exception unwinding are collected at once in CPython. */
function dropUnawaited(
	stack: (PyValue | undefined)[],
	from: number,
	to: number,
	f: Frame,
	exc: PyException
): void {
	for (let i = from; i < to; i++) {
		const v = stack[i];
		// The runtime's own coroutines (asyncio.sleep()...) are pending until started too.
		const unstarted =
			v instanceof PyCoroutine ? v.state === GenState.Created : v !== undefined && pendingCoroutines.has(v as PyCoroutine);
		if (unstarted && !stillReferenced(v!, f)) {
			if (heldByException(v!, exc)) heldCoroutines.add(v as PyCoroutine);
			else warnNeverAwaited(v as PyCoroutine, f);
		}
	}
	// The loops' generators the unwinding drops are closed at once, innermost loop first (the
	// stack is popped from the top), before the handler runs or the exception leaves the frame.
	for (let i = to - 1; i >= from; i--) {
		const v = stack[i];
		if (v instanceof PyGenerator && v.loopOwned) {
			stack[i] = undefined;
			finalizeDroppedGenerator(v);
		} else if (v instanceof PyAsyncGenerator && v.loopOwned) {
			stack[i] = undefined;
			finalizeDroppedAsyncGen(v);
		} else if (loopWrappers.length !== 0 && v !== undefined) loopWrapperDropped(f, v);
	}
}

/** The default unraisable hook writes to sys.stderr, whatever the program put there. */
function writeUnraisable(text: string): void {
	const sys = rt.modules.get('sys');
	const stream = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
	const write = stream === undefined || stream === None ? undefined : P.getAttrOpt(stream, 'write');
	if (write === undefined) {
		rt.write('stderr', text);
		return;
	}
	try {
		P.call(write, [text]);
	} catch (err) {
		if (!(err instanceof PyException)) throw err;
	}
}

unraisableHook.report = (e: PyException, obj: PyValue): void => {
	// CPython PyErr_WriteUnraisable's default hook (the object's repr names an address). From
	// 3.8 an exception without a traceback gets the running frame's line (none at shutdown).
	if (rt.minor >= 8 && e.traceback === null && current !== null) addTraceback(e, current, current.lasti);
	// Its printer shows the traceback and the exception only, not the __context__/__cause__
	// chain (the GeneratorExit a finally block raised during).
	writeUnraisable(`Exception ignored in: ${P.repr(obj)}\n${formatUnraisable(e)}`);
};

/**
 * Unstarted coroutines that an exception's traceback kept alive when the stack dropped them.
 * They are reported when their exception goes: when the handler that caught it lets it go
 * (POP_EXCEPT, or the deletion of `except ... as name`) and nothing else refers to it.
 * Otherwise (kept in a variable: a cycle through the traceback's frame) at shutdown.
 */
export const heldCoroutines = new Set<PyCoroutine>();

/** Caught exceptions holding such coroutines, with the frame whose handler caught them. */
const watchedExceptions = new Map<PyException, Frame>();

/** Whether `e` is `target` or refers to it through __context__/__cause__. */
function reaches(e: PyException, target: PyException): boolean {
	for (let depth = 0; depth < 64 && e !== null; depth++) {
		if (e === target) return true;
		if (e.cause !== null && reaches(e.cause, target)) return true;
		e = e.context as PyException;
	}
	return false;
}

/** The exceptions reachable from the running frames (handled, on a stack, or in a variable). */
function liveExceptions(f: Frame, sp: number): PyException[] {
	const out: PyException[] = [];
	const add = (v: unknown): void => {
		if (v instanceof PyException) out.push(v);
		else if (v instanceof PyCell && v.value instanceof PyException) out.push(v.value);
	};
	for (let x: Frame | null = f; x !== null; x = x.back) {
		if (x.excInfo !== null) out.push(x.excInfo);
		const n = x === f ? sp : x.sp;
		for (let i = 0; i < n; i++) add(x.stack[i]);
		for (const slot of x.fast) add(slot);
		if (x.locals !== null && x.locals !== x.globals) for (const v of x.locals.valueList()) add(v);
	}
	for (const v of f.globals.valueList()) add(v);
	return out;
}

/** A frame left by an exception: its traceback keeps its unstarted coroutines alive. */
function holdFrameCoroutines(f: Frame): void {
	for (const slot of f.fast) {
		const v = slot instanceof PyCell ? slot.value : slot;
		if (v instanceof PyCoroutine && v.state === GenState.Created && pendingCoroutines.has(v))
			heldCoroutines.add(v);
	}
}

/** A handler caught `exc`: watch it if it holds coroutines the unwinding left unreported. */
function watchCaught(exc: PyException, f: Frame): void {
	for (const c of heldCoroutines) {
		if (heldByException(c, exc)) {
			watchedExceptions.set(exc, f);
			return;
		}
	}
}

/**
 * A handler of `f` lets its exception go (`final`: the `as` name is deleted, nothing is left of
 * the handler): report the coroutines held only by a watched exception nothing refers to.
 */
function releaseCaught(f: Frame, sp: number, pc: number, final: boolean): void {
	let live: PyException[] | null = null;
	for (const [exc, wf] of watchedExceptions) {
		if (wf !== f) continue;
		live ??= liveExceptions(f, sp);
		if (live.some((e) => reaches(e, exc))) {
			if (final) watchedExceptions.delete(exc);
			continue;
		}
		watchedExceptions.delete(exc);
		for (const c of heldCoroutines) {
			if (!pendingCoroutines.has(c) || (c instanceof PyCoroutine && c.state !== GenState.Created)) {
				heldCoroutines.delete(c);
				continue;
			}
			if (
				!heldByException(c, exc) ||
				stillReferenced(c, f) ||
				live.some((e) => heldByException(c, e))
			)
				continue;
			heldCoroutines.delete(c);
			f.lasti = pc - 2;
			warnNeverAwaited(c, f);
		}
	}
}

/**
 * Whether an exception keeps `v` alive: its traceback holds the frames it went through (and
 * their variables: an argument of the function that raised, say), as do the tracebacks of its
 * __context__ and __cause__. An unstarted coroutine held so is collected only when the exception
 * is (at interpreter shutdown when it ends the program: sys.last_value keeps it).
 */
export function heldByException(v: PyValue, exc: PyException): boolean {
	const seen = new Set<PyException>();
	for (let todo: PyException[] = [exc]; todo.length;) {
		const e = todo.pop()!;
		if (seen.has(e)) continue;
		seen.add(e);
		for (let tb = e.traceback; tb !== null; tb = tb.next) {
			if (tb.holds !== undefined && tb.holds.includes(v)) return true;
		}
		if (e.context !== null) todo.push(e.context);
		if (e.cause !== null) todo.push(e.cause);
	}
	return false;
}

/**
 * Whether a dropped value is still held by a variable of the frame chain or by globals. Without
 * reference counts this approximates "the refcount did not reach zero" for the never-awaited
 * warning (checked only in that rare case).
 */
function stillReferenced(v: PyValue, f: Frame): boolean {
	for (let x: Frame | null = f; x !== null; x = x.back) {
		for (const slot of x.fast)
			if (slot === v || (slot instanceof PyCell && slot.value === v)) return true;
		if (x.locals !== null && x.locals.valueList().includes(v)) return true;
	}
	return f.globals.valueList().includes(v);
}

/** Past this many objects the walk gives up and assumes `v` is still held (no warning). */
const REACH_WALK_LIMIT = 300_000;

/**
 * Whether anything the program can still reach holds `v`: a walk from the running frames,
 * their globals and every module's per-run state through all fields of the objects met (the
 * runtime's own structures included). It over-approximates what keeps `v` alive in CPython
 * (a stale reference only makes the warning come later, at exit), so a coroutine reported by
 * it really is garbage. Run only when an unstarted coroutine loses a reference.
 */
function reachableFromRoots(v: PyValue, f: Frame): boolean {
	const seen = new Set<unknown>();
	const todo: unknown[] = [rt.modules, rt.mainDict, f.globals];
	for (let x: Frame | null = f; x !== null; x = x.back) todo.push(x);
	while (todo.length !== 0) {
		const o = todo.pop();
		if (o === v) return true;
		if (o === null || typeof o !== 'object' || seen.has(o)) continue;
		if (seen.size >= REACH_WALK_LIMIT) return true;
		seen.add(o);
		if (ArrayBuffer.isView(o)) continue;
		if (Array.isArray(o)) {
			for (const x of o) if (x !== null && typeof x === 'object') todo.push(x);
		} else if (o instanceof Map) {
			for (const [k, x] of o) {
				if (k !== null && typeof k === 'object') todo.push(k);
				if (x !== null && typeof x === 'object') todo.push(x);
			}
		} else if (o instanceof Set) {
			for (const x of o) if (x !== null && typeof x === 'object') todo.push(x);
		} else {
			for (const k in o) {
				// Finished frames kept for reuse (a code's pool, a frame's last callee) and the
				// delegate frame a `yield from` hint names hold stale values, not references the
				// program has.
				if (k === 'child' || k === 'framePool' || k === 'yieldFromFrame') continue;
				const x = (o as Record<string, unknown>)[k];
				if (x !== null && typeof x === 'object') todo.push(x);
			}
		}
	}
	return false;
}

/**
 * An unstarted coroutine lost a reference held by a variable or by the arguments of a native
 * call: CPython frees it at once if that was the last one ("never awaited" on this line).
 */
function droppedCoroutine(v: PyCoroutine, f: Frame, pc: number): void {
	if (v.state !== GenState.Created || !pendingCoroutines.has(v)) return;
	if (stillReferenced(v, f) || reachableFromRoots(v, f)) return;
	f.lasti = pc - 2;
	warnNeverAwaited(v, f);
}

/** Results that refer to no other object (None, bools, numbers, strings, classes). */
function cannotHoldObjects(v: PyValue): boolean {
	return (
		v === None ||
		typeof v === 'number' ||
		typeof v === 'string' ||
		typeof v === 'bigint' ||
		v instanceof PyBool ||
		v instanceof PyFloat ||
		v instanceof PyType
	);
}

/** STORE_NAME/STORE_GLOBAL while unstarted coroutines exist: the old value may be the last reference. */
function storeDroppingCoroutine(
	d: PyDict,
	name: string,
	stack: (PyValue | undefined)[],
	sp: number,
	f: Frame,
	pc: number
): number {
	const old = d.getStr(name);
	const v = stack[--sp]!;
	stack[sp] = undefined;
	d.setStr(name, v);
	if (old instanceof PyCoroutine && old !== v) droppedCoroutine(old, f, pc);
	return sp;
}

/** Resets this module's coroutine bookkeeping at the start of a run. */
export function resetNeverAwaited(): void {
	heldCoroutines.clear();
	watchedExceptions.clear();
}

/**
 * CPython's warning when an unstarted coroutine is garbage-collected
 * (_PyErr_WarnUnawaitedCoroutine): a RuntimeWarning through the warnings filters, once per
 * location by default, with the coroutine as its source (hence the tracemalloc hint).
 */
function warnNeverAwaited(c: PyCoroutine, f: Frame): void {
	if (collectedWith.size !== 0) reportCollectedWith(c);
	pendingCoroutines.delete(c);
	c.awaited = true;
	try {
		warnHook.warnAt(
			RuntimeWarning,
			neverAwaitedText(c),
			f,
			f.code.lineAt(f.lasti),
			c
		);
	} catch (e) {
		// A filter made it an error: raised in a finalizer, so CPython reports it as ignored.
		rt.write('stderr', `Exception ignored in: ${P.repr(c)}\n${formatUnraisable(toPyException(e))}`);
	}
}

/** A short, side-effect-free description of a value for the trace (no user __repr__ runs). */
function traceValue(v: PyValue): string {
	if (typeof v === 'number' || typeof v === 'bigint') return String(v);
	if (typeof v === 'string')
		return v.length > 20 ? JSON.stringify(v.slice(0, 20) + '…') : JSON.stringify(v);
	if (v === None) return 'None';
	if (v instanceof PyBool) return v.value ? 'True' : 'False';
	if (v instanceof PyFloat) return String(v.value);
	return `<${P.typeName(v)}>`;
}

/**
 * Records a generator/coroutine hand-off (next/send/throw → yield, return or raise) for the
 * timeline. Not inside asyncio task steps (the task events tell that story), and capped.
 */
export function traceHandOff(
	what: 'resume' | 'yield' | 'return' | 'raise',
	g: GenLike,
	v: PyValue,
	thrown = false
): void {
	if (traceState.inTask) return;
	if (++traceState.handOffs > MAX_TRACE_HANDOFFS) {
		traceState.dropped++;
		return;
	}
	const data: Record<string, unknown> = { id: traceId(g), name: g.qualname };
	if (what === 'raise' || thrown) data['exception'] = P.typeName(v);
	else data['value'] = traceValue(v);
	if (what === 'resume') data['via'] = thrown ? 'throw' : v === None ? 'next' : 'send';
	traceEvent(
		`${g.noun === 'generator' ? 'gen' : g.noun === 'coroutine' ? 'coro' : 'agen'}-${what}`,
		data
	);
}

/** Pushes an inline-resumed generator frame on top of `caller` (CPython's SEND_GEN/FOR_ITER_GEN). */
function enterGenerator(
	g: PyGenerator | PyCoroutine,
	v: PyValue,
	kind: ResumeKind,
	target: number,
	caller: Frame
): Frame {
	const wasSuspended = g.state === GenState.Suspended;
	const nf = pushGenerator(g, v, kind, target, caller);
	if (!wasSuspended || traceState.enabled) return nf;
	return enterDelegates(nf, v);
}

/**
 * The rest of enterGenerator once the frame `first` of a suspended generator was pushed with
 * the value v: the frame it runs first (itself, or the delegate a chain of `yield from`/`await`
 * ends at).
 */
function enterDelegates(first: Frame, v: PyValue): Frame {
	let nf = first;
	// A frame suspended in a `yield from`/`await` loop would only jump back to its SEND and pass
	// v on to its delegate: do that here for each level of a delegation chain, as its JUMP and
	// SEND would (lasti at the SEND, for a traceback through it), without a dispatch per level.
	// Each delegate is suspended (so neither pending nor unawaited): pushGenerator's work reduces
	// to the stores below, and the levels' depth and instruction counts are added once.
	const limit = rt.recursionLimit;
	let depth = rt.depth;
	let levels = 0;
	for (;;) {
		// Suspended in a `yield from`/`await` loop: just after its YIELD_VALUE 1, at the JUMP back to
		// the SEND two instructions up (compiler.ts yieldFromLoop lays them out so), and its
		// delegate's frame, as the frame's hints say without reading the bytecode (Frame.yieldFromPc).
		const pc = nf.pc;
		const df = nf.yieldFromFrame;
		if (pc !== nf.yieldFromPc || df === null || depth >= limit) break;
		const delegate = df.gen as GenLike;
		if (delegate.state !== GenState.Suspended) break;
		nf.lasti = pc - 4;
		nf.pc = pc - 2;
		// The slot of the value sent on: only the frame the walk ends at reads it (below).
		df.sp++;
		// A suspended generator's `returned` is false already (only a return sets it, and closes it).
		delegate.state = GenState.Running;
		df.resumeKind = ResumeKind.Send;
		df.resumeTarget = nf.yieldFromExit;
		df.back = nf;
		depth++;
		levels++;
		nf = df;
	}
	if (nf !== first) nf.stack[nf.sp - 1] = v;
	rt.depth = depth;
	counters.instructions += levels * 2;
	return nf;
}

/**
 * enterGenerator for next(g), g.send(v) or g.__next__() up to 3.11, whose call of a builtin
 * guards as it would not inline (see builtinCallGuarded): the generator runs one level deeper,
 * and its frame gives the level back when it leaves (callLevels).
 */
function enterGeneratorGuarded(
	g: PyGenerator | PyCoroutine,
	v: PyValue,
	caller: Frame,
	callable: PyValue,
	argc: number,
	pc: number
): Frame {
	if (!builtinCallGuarded(callable, argc, caller, pc))
		return enterGenerator(g, v, ResumeKind.Call, 0, caller);
	enterCalls(1);
	try {
		const nf = enterGenerator(g, v, ResumeKind.Call, 0, caller);
		g.frame.callLevels = 1;
		return nf;
	} catch (e) {
		rt.depth--;
		throw e;
	}
}

/** Gives back the levels of the call that resumed generator frame f inline (see Frame.callLevels). */
function leaveCallLevels(f: Frame): void {
	rt.depth -= f.callLevels;
	f.callLevels = 0;
}

/** Resumes one generator frame on top of `caller` (enterGenerator without the chain walk). */
function pushGenerator(
	g: PyGenerator | PyCoroutine,
	v: PyValue,
	kind: ResumeKind,
	target: number,
	caller: Frame
): Frame {
	const nf = g.frame;
	if (g.state === GenState.Suspended) nf.stack[nf.sp++] = v;
	g.state = GenState.Running;
	g.returned = false;
	if (g.constructor !== PyGenerator) {
		(g as PyCoroutine).awaited = true;
		pendingCoroutines.delete(g as PyCoroutine);
	}
	nf.resumeKind = kind;
	nf.resumeTarget = target;
	enterDepth();
	nf.back = caller;
	if (traceState.enabled) traceHandOff('resume', g, v);
	return nf;
}

/**
 * A CALL of a native with a driver form: creates the driver. The call's stack slots stay until
 * it finishes (as during a native call: an exception then finds the arguments there, e.g. an
 * unstarted coroutine that the unwinding reports).
 */
function startDriver(
	fn: DriverFn,
	args: PyValue[],
	kwargs: Kwargs | null,
	f: Frame,
	stack: (PyValue | undefined)[],
	base: number,
	sp: number,
	pc: number
): DriverCall {
	void stack;
	f.pc = pc;
	f.sp = sp;
	const d = new DriverChannel() as DriverCall;
	d.caller = f;
	d.base = base;
	d.gen = fn(args, kwargs, d);
	return d;
}

/** Can `g` be resumed inline with this value? (Otherwise the generic path raises the right error.) */
function canInline(g: PyGenerator | PyCoroutine, v: PyValue): boolean {
	return g.state === GenState.Suspended || (g.state === GenState.Created && v === None);
}

/**
 * Runs `entry` until it returns or yields (see exitKind()). Frames of plain Python functions
 * called from it run inline in the same loop.
 */
export function runFrame(
	entry: Frame,
	throwing: PyException | null,
	resumeAt: ResumePoint | null = null,
	pausable = false
): PyValue {
	const prevFrame = current;
	let f: Frame;
	// A driver to continue before running f (it then decides which frame runs next).
	let drv: DriverCall | null = null;
	if (resumeAt instanceof DriverChannel) {
		drv = resumeAt;
		f = resumeAt.caller;
	} else f = resumeAt ?? entry;
	entry.isEntry = true;
	let pendingThrow: PyException | null = throwing;
	let throwAtStart: Frame | null = null;
	/** Set where compiled code handed its frames over (jitResumeAt): the frame loop takes them. */
	let handedOver = false;
	let ticks = 0;
	let code: CodeObject;
	let bc: Int32Array;
	let consts: PyValue[];
	let names: string[];
	let stack: (PyValue | undefined)[];
	let fast: (PyValue | undefined)[];
	let sp: number;
	let pc: number;

	// Every frame switch stores pc/sp in the frame it leaves and `continue frameLoop`s here.
	frameLoop: for (;;) {
		if (handedOver) {
			// Compiled frames were handed over (JitUnwind): they continue here, raising what a
			// resumed generator raised, or first the check point that stopped them looks closer.
			handedOver = false;
			f = jitResumeAt!;
			jitResumeAt = null;
			if (jitResumeExc !== null) {
				pendingThrow = toPyException(jitResumeExc);
				jitResumeExc = null;
			} else {
				counters.instructions += ticks;
				ticks = 0;
				if (sliceEnds(pausable)) {
					pausedAt = f;
					lastExit = ExitKind.Pause;
					current = prevFrame;
					return None;
				}
			}
		}
		if (drv !== null) {
			// A driver continues (started, or told how its coroutine left): it resumes the next
			// coroutine, reaches a safe point, or finishes (its caller gets the result).
			const d = drv;
			drv = null;
			f = d.caller;
			current = f;
			let r: IteratorResult<number, unknown> | null = null;
			try {
				r = advanceDriver(d);
			} catch (e) {
				if (e instanceof BudgetExceeded) {
					counters.instructions += ticks;
					current = prevFrame;
					throw e;
				}
				pendingThrow = toPyException(e); // raised by the caller's CALL
			}
			if (r !== null) {
				if (r.done === true) {
					d.gen = null;
					const st = f.stack;
					for (let i = d.base; i < f.sp; i++) st[i] = undefined;
					f.sp = d.base;
					st[f.sp++] = r.value as PyValue;
				} else if (r.value === DriverOp.Check) {
					counters.instructions += ticks;
					ticks = 0;
					if (sliceEnds(pausable)) {
						pausedAt = d;
						lastExit = ExitKind.Pause;
						current = prevFrame;
						return None;
					}
					drv = d;
					continue frameLoop;
				} else if (r.value === DriverOp.Block) {
					// The thread blocked (vm/threads.ts): the scheduler's loop suspends it, a
					// nested frame loop (called from native code) waits in place instead.
					counters.instructions += ticks;
					ticks = 0;
					if (pausable) {
						pausedAt = d;
						lastExit = ExitKind.Pause;
						current = prevFrame;
						return None;
					}
					threadHooks.waitNested();
					drv = d;
					continue frameLoop;
				} else {
					const g = d.target!;
					d.target = null;
					try {
						f = enterGenerator(g, None, ResumeKind.Driver, 0, f);
					} catch (e) {
						// RecursionError before the coroutine ran: it is closed, as genResume leaves it.
						g.state = GenState.Closed;
						d.outcome = DriverOutcome.Raised;
						d.error = toPyException(e);
						drv = d;
						continue frameLoop;
					}
					// The coroutine reports to the driver; f may be the innermost frame it delegates to.
					g.frame.driver = d;
				}
			}
		}
		current = f;
		code = f.code;
		bc = code.code;
		consts = code.consts;
		names = code.names;
		stack = f.stack;
		fast = f.fast;
		sp = f.sp;
		pc = f.pc;
		try {
			if (pendingThrow !== null) {
				const e = pendingThrow;
				pendingThrow = null;
				if (pc === 0) {
					// just-started: raise "at" the first instruction; the traceback shows the
					// def line (CPython: the frame has not run yet, f_lineno = co_firstlineno)
					pc = 2;
					throwAtStart = f;
				}
				throw e;
			}
			if (jitActive) {
				// Compiled segments of this code run it as far as they can (jit.ts compileSegment).
				const seg = code.seg;
				if (seg !== null) {
					const r = enterSegment(seg, f);
					if (r === 2) {
						handedOver = true;
						continue frameLoop;
					}
					sp = f.sp;
					pc = f.pc;
					if (r === 1) {
						counters.instructions += ticks;
						ticks = 0;
						if (sliceEnds(pausable)) {
							pausedAt = f;
							lastExit = ExitKind.Pause;
							current = prevFrame;
							return None;
						}
					}
				} else if (code.segState === JitState.Cold && ++code.segEntries >= JIT_SEGMENT_THRESHOLD)
					compileSegmentCode(code);
			}
			for (;;) {
				const op = bc[pc];
				const arg = bc[pc + 1];
				pc = (pc + 2) | 0;
				ticks = (ticks + 1) | 0;
				switch (op) {
					case Op.NOP:
						break;
					case Op.POP_TOP: {
						const v = stack[--sp];
						stack[sp] = undefined;
						// Most popped values are None or primitives; for objects the class is compared
						// (neither class has subclasses): a failed instanceof walks the prototype chain.
						if (v === None || typeof v !== 'object') break;
						const kind = v.constructor;
						// A coroutine dropped unstarted is collected at once in CPython: warn here.
						if (kind === PyCoroutine) {
							if ((v as PyCoroutine).state === GenState.Created && !stillReferenced(v, f)) {
								f.lasti = pc - 2;
								warnNeverAwaited(v as PyCoroutine, f);
							}
						} else if (kind === PyGenerator && (v as PyGenerator).loopOwned) {
							// `break`/`return` drops the loop's generator: CPython frees and closes it now.
							f.lasti = pc - 2;
							finalizeDroppedGenerator(v as PyGenerator);
						} else if (kind === PyAsyncGenerator && (v as PyAsyncGenerator).loopOwned) {
							f.lasti = pc - 2;
							finalizeDroppedAsyncGen(v as PyAsyncGenerator);
						} else if (
							pendingCoroutines.size !== 0 &&
							pendingCoroutines.has(v as PyCoroutine) &&
							!stillReferenced(v, f)
						) {
							// An unstarted coroutine of the runtime's own (asyncio.sleep(1) without
							// await) dropped the same way.
							f.lasti = pc - 2;
							warnNeverAwaited(v as PyCoroutine, f);
						}
						break;
					}
					case Op.COPY:
						stack[sp] = stack[sp - arg];
						sp++;
						break;
					case Op.SWAP: {
						const t = stack[sp - 1];
						stack[sp - 1] = stack[sp - arg];
						stack[sp - arg] = t;
						break;
					}
					case Op.LOAD_CONST:
						stack[sp++] = consts[arg];
						break;
					case Op.LOAD_FAST: {
						const v = fast[arg];
						if (v === undefined) throw unboundLocal(code.varnames[arg]);
						stack[sp++] = v;
						break;
					}
					case Op.STORE_FAST:
						fast[arg] = stack[--sp];
						break;
					// Superinstructions (compiler/superinstructions.ts): the second instruction's
					// argument is bc[pc + 1]; pc += 2 runs it here. If its local is unbound, leave
					// pc at it so the plain instruction raises with its own position.
					case Op.LOAD_FAST_LOAD_FAST: {
						const v = fast[arg];
						if (v === undefined) throw unboundLocal(code.varnames[arg]);
						stack[sp++] = v;
						const w = fast[bc[pc + 1]];
						if (w === undefined) break;
						stack[sp++] = w;
						pc = (pc + 2) | 0;
						ticks = (ticks + 1) | 0;
						break;
					}
					case Op.LOAD_FAST_LOAD_CONST: {
						const v = fast[arg];
						if (v === undefined) throw unboundLocal(code.varnames[arg]);
						stack[sp++] = v;
						stack[sp++] = consts[bc[pc + 1]];
						pc = (pc + 2) | 0;
						ticks = (ticks + 1) | 0;
						break;
					}
					case Op.LOAD_CONST_LOAD_FAST: {
						stack[sp++] = consts[arg];
						const w = fast[bc[pc + 1]];
						if (w === undefined) break;
						stack[sp++] = w;
						pc = (pc + 2) | 0;
						ticks = (ticks + 1) | 0;
						break;
					}
					case Op.STORE_FAST_LOAD_FAST: {
						fast[arg] = stack[--sp];
						const w = fast[bc[pc + 1]];
						if (w === undefined) break;
						stack[sp++] = w;
						pc = (pc + 2) | 0;
						ticks = (ticks + 1) | 0;
						break;
					}
					case Op.STORE_FAST_STORE_FAST:
						fast[arg] = stack[--sp];
						fast[bc[pc + 1]] = stack[--sp];
						pc = (pc + 2) | 0;
						ticks = (ticks + 1) | 0;
						break;
					case Op.DELETE_FAST: {
						const old = fast[arg];
						if (old === undefined) throw unboundLocal(code.varnames[arg]);
						fast[arg] = undefined;
						if (f.ownsGenerators) {
							f.lasti = pc - 2;
							releaseOwned(old, f);
						}
						if (watchedExceptions.size !== 0) releaseCaught(f, sp, pc, true);
						if (old instanceof PyCoroutine) droppedCoroutine(old, f, pc);
						break;
					}
					case Op.LOAD_DEREF: {
						const v = (fast[arg] as PyCell).value;
						if (v === undefined) {
							const name = cellName(code, arg);
							throw arg - code.varnames.length < code.cellvars.length
								? unboundLocal(name)
								: unboundFree(name);
						}
						stack[sp++] = v;
						break;
					}
					case Op.STORE_DEREF:
						(fast[arg] as PyCell).value = stack[--sp];
						break;
					case Op.DELETE_DEREF:
						sp = opDeleteDeref(f, stack, sp, arg, pc);
						break;
					case Op.LOAD_CLOSURE:
						stack[sp++] = fast[arg];
						break;
					case Op.LOAD_CLASSDEREF:
						sp = opLoadClassderef(f, stack, sp, arg, pc);
						break;
					case Op.LOAD_GLOBAL: {
						const name = names[arg];
						let v = f.globals.getStr(name);
						if (v === undefined) {
							v = f.builtins.getStr(name);
							if (v === undefined) throw notDefined(name, f);
						}
						stack[sp++] = v;
						break;
					}
					case Op.LOAD_GLOBAL_PUSH_NULL: {
						const name = names[arg];
						let v = f.globals.getStr(name);
						if (v === undefined) {
							v = f.builtins.getStr(name);
							if (v === undefined) throw notDefined(name, f);
						}
						stack[sp++] = v;
						stack[sp++] = undefined;
						pc = (pc + 2) | 0;
						ticks = (ticks + 1) | 0;
						break;
					}
					case Op.STORE_GLOBAL:
						if (pendingCoroutines.size !== 0) {
							sp = storeDroppingCoroutine(f.globals, names[arg], stack, sp, f, pc);
							break;
						}
						f.globals.setStr(names[arg], stack[--sp]!);
						break;
					case Op.DELETE_GLOBAL: {
						const old = pendingCoroutines.size !== 0 ? f.globals.getStr(names[arg]) : undefined;
						if (!f.globals.deleteStr(names[arg])) throw notDefined(names[arg]);
						if (watchedExceptions.size !== 0) releaseCaught(f, sp, pc, true);
						if (old instanceof PyCoroutine) droppedCoroutine(old, f, pc);
						break;
					}
					case Op.LOAD_NAME: {
						const name = names[arg];
						let v = f.locals!.getStr(name);
						if (v === undefined) {
							v = f.globals.getStr(name);
							if (v === undefined) {
								v = f.builtins.getStr(name);
								if (v === undefined) throw notDefined(name, f);
							}
						}
						stack[sp++] = v;
						break;
					}
					case Op.STORE_NAME:
						if (code.ownedGenNames !== null && code.ownedGenNames.has(names[arg])) {
							// Rebinding a variable that owns a generator frees (closes) it.
							const old = f.locals!.getStr(names[arg]);
							f.locals!.setStr(names[arg], stack[--sp]!);
							f.lasti = pc - 2;
							releaseOwned(old, f);
							break;
						}
						if (pendingCoroutines.size !== 0) {
							sp = storeDroppingCoroutine(f.locals!, names[arg], stack, sp, f, pc);
							break;
						}
						f.locals!.setStr(names[arg], stack[--sp]!);
						break;
					case Op.DELETE_NAME: {
						const old =
							code.ownedGenNames !== null || pendingCoroutines.size !== 0
								? f.locals!.getStr(names[arg])
								: undefined;
						if (!f.locals!.deleteStr(names[arg])) throw notDefined(names[arg]);
						if (old !== undefined) {
							f.lasti = pc - 2;
							releaseOwned(old, f);
						}
						if (watchedExceptions.size !== 0) releaseCaught(f, sp, pc, true);
						if (old instanceof PyCoroutine) droppedCoroutine(old, f, pc);
						break;
					}
					case Op.LOAD_ATTR:
						f.lasti = pc - 2; // f_lineno of the running frame, read by a getter (frame.f_lineno)
						stack[sp - 1] = P.getAttrStrict(stack[sp - 1]!, names[arg]);
						break;
					case Op.LOAD_METHOD: {
						const obj = stack[sp - 1]!;
						const name = names[arg];
						const t = typeOf(obj);
						if (
							!(obj instanceof PyType) &&
							(t.isBuiltin || t.lookup('__getattribute__') === P.objectGetAttribute)
						) {
							const attr = t.lookup(name);
							if (
								(attr instanceof PyFunction || attr instanceof PyMethodDescriptor) &&
								(typeof obj !== 'object' || obj.dict === null || !obj.dict.hasStr(name))
							) {
								stack[sp - 1] = attr;
								stack[sp++] = obj;
								break;
							}
						}
						stack[sp - 1] = P.getAttrStrict(obj, name);
						stack[sp++] = undefined;
						break;
					}
					case Op.STORE_ATTR: {
						const obj = stack[--sp]!;
						const v = stack[--sp]!;
						P.setAttr(obj, names[arg], v);
						break;
					}
					case Op.DELETE_ATTR:
						P.delAttr(stack[--sp]!, names[arg]);
						break;
					case Op.PUSH_NULL:
						stack[sp++] = undefined;
						break;
					case Op.BINARY_OP: {
						const b = stack[--sp]!;
						const a = stack[sp - 1]!;
						if (typeof a === 'number' && typeof b === 'number') {
							let r: number;
							switch (arg & 15) {
								case BinOp.Add:
									r = a + b;
									if (Number.isSafeInteger(r)) {
										stack[sp - 1] = r;
										continue;
									}
									break;
								case BinOp.Sub:
									r = a - b;
									if (Number.isSafeInteger(r)) {
										stack[sp - 1] = r;
										continue;
									}
									break;
								case BinOp.Mul:
									r = a * b;
									if (Number.isSafeInteger(r)) {
										stack[sp - 1] = r === 0 ? 0 : r;
										continue;
									}
									break;
								case BinOp.FloorDiv:
									if (b > 0) {
										stack[sp - 1] = Math.floor(a / b);
										continue;
									}
									break;
								case BinOp.TrueDiv:
									// Both operands are exact doubles, so IEEE division is correctly rounded.
									if (b !== 0) {
										stack[sp - 1] = new PyFloat(a / b);
										continue;
									}
									break;
								case BinOp.Mod:
									if (b > 0) {
										const m = a % b;
										stack[sp - 1] = m < 0 ? m + b : m === 0 ? 0 : m;
										continue;
									}
									break;
							}
						} else if (a instanceof PyFloat && b instanceof PyFloat) {
							switch (arg & 15) {
								case BinOp.Add:
									stack[sp - 1] = new PyFloat(a.value + b.value);
									continue;
								case BinOp.Sub:
									stack[sp - 1] = new PyFloat(a.value - b.value);
									continue;
								case BinOp.Mul:
									stack[sp - 1] = new PyFloat(a.value * b.value);
									continue;
							}
						}
						stack[sp - 1] = P.binaryOp(arg & 15, a, b, arg >= 16);
						break;
					}
					case Op.UNARY_NEGATIVE:
						stack[sp - 1] = P.unaryNegative(stack[sp - 1]!);
						break;
					case Op.UNARY_POSITIVE:
						stack[sp - 1] = P.unaryPositive(stack[sp - 1]!);
						break;
					case Op.UNARY_INVERT:
						f.lasti = pc - 2; // ~bool warns at this line (3.12+)
						stack[sp - 1] = P.unaryInvert(stack[sp - 1]!);
						break;
					case Op.UNARY_NOT:
						stack[sp - 1] = P.isTrue(stack[sp - 1]!) ? False : True;
						break;
					case Op.COMPARE_OP_POP_JUMP_IF_FALSE:
					case Op.COMPARE_OP_POP_JUMP_IF_TRUE: {
						// Two ints: compare and branch in one step; anything else runs COMPARE_OP
						// here and leaves the jump to the next dispatch.
						const b = stack[sp - 1]!;
						const a = stack[sp - 2]!;
						if (rt.depth >= rt.recursionLimit) compareAtLimit(a, b, arg, true);
						if (typeof a === 'number' && typeof b === 'number') {
							const r = compareNumbers(a, b, arg);
							sp -= 2;
							ticks = (ticks + 1) | 0;
							pc = r === (op === Op.COMPARE_OP_POP_JUMP_IF_TRUE) ? bc[pc + 1] : pc + 2;
							break;
						}
						stack[--sp] = undefined;
						stack[sp - 1] = P.doRichCompare(a, b, arg);
						break;
					}
					case Op.COMPARE_OP: {
						const b = stack[--sp]!;
						const a = stack[sp - 1]!;
						if (rt.depth >= rt.recursionLimit) compareAtLimit(a, b, arg, false);
						if (typeof a === 'number' && typeof b === 'number') {
							const r = compareNumbers(a, b, arg);
							stack[sp - 1] = r ? True : False;
						} else {
							stack[sp - 1] = P.doRichCompare(a, b, arg);
						}
						break;
					}
					case Op.IS_OP: {
						const b = stack[--sp]!;
						const a = stack[sp - 1]!;
						let same = a === b;
						if (!same && typeof a === 'bigint' && typeof b === 'bigint') same = false;
						stack[sp - 1] = same !== (arg === 1) ? True : False;
						break;
					}
					case Op.CONTAINS_OP: {
						const container = stack[--sp]!;
						const item = stack[sp - 1]!;
						stack[sp - 1] = P.contains(container, item) !== (arg === 1) ? True : False;
						break;
					}
					case Op.BINARY_SUBSCR: {
						const key = stack[--sp]!;
						const obj = stack[sp - 1]!;
						if (typeof key === 'number' && obj instanceof PyList && obj.cls === listType) {
							const items = obj.items;
							const i = key < 0 ? key + items.length : key;
							if (i >= 0 && i < items.length) {
								stack[sp - 1] = items[i];
								break;
							}
						}
						stack[sp - 1] = P.getItem(obj, key);
						break;
					}
					case Op.LOAD_FAST_BINARY_SUBSCR:
					case Op.LOAD_FAST_STORE_SUBSCR: {
						// `a[i]` / `a[i] = v` with a local index: a list and an in-range int take
						// the fast path; anything else pushes the index for the plain instruction.
						const key = fast[arg];
						if (key === undefined) throw unboundLocal(code.varnames[arg]);
						const obj = stack[sp - 1]!;
						if (typeof key === 'number' && obj instanceof PyList && obj.cls === listType) {
							const items = obj.items;
							const i = key < 0 ? key + items.length : key;
							if (i >= 0 && i < items.length) {
								if (op === Op.LOAD_FAST_BINARY_SUBSCR) stack[sp - 1] = items[i];
								else {
									items[i] = stack[sp - 2]!;
									stack[--sp] = undefined;
									stack[--sp] = undefined;
								}
								pc = (pc + 2) | 0;
								ticks = (ticks + 1) | 0;
								break;
							}
						}
						stack[sp++] = key;
						break;
					}
					case Op.STORE_SUBSCR: {
						const key = stack[--sp]!;
						const obj = stack[--sp]!;
						const v = stack[--sp]!;
						if (typeof key === 'number' && obj instanceof PyList && obj.cls === listType) {
							const items = obj.items;
							const i = key < 0 ? key + items.length : key;
							if (i >= 0 && i < items.length) {
								items[i] = v;
								break;
							}
						}
						P.setItem(obj, key, v);
						break;
					}
					case Op.DELETE_SUBSCR: {
						const key = stack[--sp]!;
						const obj = stack[--sp]!;
						P.delItem(obj, key);
						break;
					}
					case Op.BUILD_SLICE:
						sp = opBuildSlice(f, stack, sp, arg, pc);
						break;
					case Op.BUILD_TUPLE: {
						sp -= arg;
						stack[sp] = newTuple(stack.slice(sp, sp + arg) as PyValue[]);
						sp++;
						break;
					}
					case Op.BUILD_LIST: {
						sp -= arg;
						stack[sp] = new PyList(stack.slice(sp, sp + arg) as PyValue[]);
						sp++;
						break;
					}
					case Op.BUILD_SET:
						sp = opBuildSet(f, stack, sp, arg, pc);
						break;
					case Op.BUILD_MAP:
						sp = opBuildMap(f, stack, sp, arg, pc);
						break;
					case Op.BUILD_STRING: {
						sp -= arg;
						let s = '';
						for (let i = 0; i < arg; i++) s += stack[sp + i] as string;
						stack[sp++] = s;
						break;
					}
					case Op.LIST_APPEND: {
						const v = stack[--sp]!;
						if ((stack[sp - arg] as PyList).items.push(v) > LIMITS.maxItems)
							throw newException(MemoryError);
						break;
					}
					case Op.SET_ADD: {
						const v = stack[--sp]!;
						(stack[sp - arg] as PySet).add(v);
						break;
					}
					case Op.MAP_ADD: {
						const v = stack[--sp]!;
						const k = stack[--sp]!;
						(stack[sp - arg] as PyDict).set(k, v);
						break;
					}
					case Op.LIST_EXTEND:
						sp = opListExtend(f, stack, sp, arg, pc);
						break;
					case Op.SET_UPDATE:
						sp = opSetUpdate(f, stack, sp, arg, pc);
						break;
					case Op.DICT_UPDATE:
						sp = opDictUpdate(f, stack, sp, arg, pc);
						break;
					case Op.DICT_MERGE:
						sp = opDictMerge(f, stack, sp, arg, pc);
						break;
					case Op.LIST_TO_TUPLE:
						stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items);
						break;
					case Op.FORMAT_VALUE: {
						const spec = arg & 4 ? (stack[--sp] as string) : '';
						let v = stack[sp - 1]!;
						switch (arg & 3) {
							case 1:
								v = P.str(v);
								break;
							case 2:
								v = P.repr(v);
								break;
							case 3:
								v = asciiOf(P.repr(v));
								break;
						}
						stack[sp - 1] = formatValue(v, spec);
						break;
					}
					case Op.UNPACK_SEQUENCE:
						sp = opUnpackSequence(f, stack, sp, arg, pc);
						break;
					case Op.UNPACK_EX:
						sp = opUnpackEx(f, stack, sp, arg, pc);
						break;
					case Op.JUMP:
						if (arg < pc) {
							if (ticks > checkEvery) {
								counters.instructions += ticks;
								ticks = 0;
								if (sliceEnds(pausable)) {
									// Pause at the loop head: the frame chain is the whole state.
									f.pc = arg;
									f.sp = sp;
									pausedAt = f;
									lastExit = ExitKind.Pause;
									current = prevFrame;
									return None;
								}
							}
							if (jitActive) {
								// A loop of code with compiled segments goes on in them from its head
								// (the frame loop enters them).
								if (code.seg !== null) {
									f.pc = arg;
									f.sp = sp;
									continue frameLoop;
								}
								if (code.segState === JitState.Cold && ++code.segEntries >= JIT_SEGMENT_THRESHOLD)
									compileSegmentCode(code);
							}
						}
						pc = arg;
						break;
					case Op.POP_JUMP_IF_FALSE: {
						const v = stack[--sp]!;
						if (v === False || (v !== True && !P.isTrue(v))) pc = arg;
						break;
					}
					case Op.LOAD_FAST_POP_JUMP_IF_FALSE:
					case Op.LOAD_FAST_POP_JUMP_IF_TRUE: {
						// `if x:` / `while x:` on a local: test it without pushing it.
						const v = fast[arg];
						if (v === undefined) throw unboundLocal(code.varnames[arg]);
						pc = (pc + 2) | 0; // a failing __bool__ is reported at the jump
						ticks = (ticks + 1) | 0;
						const truth = v === True || (v !== False && v !== None && P.isTrue(v));
						if (truth === (op === Op.LOAD_FAST_POP_JUMP_IF_TRUE)) pc = bc[pc - 1]!;
						break;
					}
					case Op.POP_JUMP_IF_TRUE: {
						const v = stack[--sp]!;
						if (v === True || (v !== False && P.isTrue(v))) pc = arg;
						break;
					}
					case Op.POP_JUMP_IF_NONE:
						if (stack[--sp] === None) pc = arg;
						break;
					case Op.POP_JUMP_IF_NOT_NONE:
						if (stack[--sp] !== None) pc = arg;
						break;
					case Op.JUMP_IF_FALSE_OR_POP:
						if (!P.isTrue(stack[sp - 1]!)) pc = arg;
						else sp--;
						break;
					case Op.JUMP_IF_TRUE_OR_POP:
						if (P.isTrue(stack[sp - 1]!)) pc = arg;
						else sp--;
						break;
					case Op.GET_ITER:
						// arg 1: a `for` loop over a call's result (compiler.ts forStatement).
						if (arg === 1) markLoopOwned(f, stack[sp - 1]!);
						else if (arg === 2) {
							// arg 2: over a plain expression, whose __iter__ may make a new generator.
							const obj = stack[sp - 1]!;
							stack[sp - 1] = P.getIter(obj);
							markIterOwned(obj, stack[sp - 1]!);
							break;
						}
						stack[sp - 1] = P.getIter(stack[sp - 1]!);
						break;
					case Op.FOR_ITER_STORE_FAST:
					case Op.FOR_ITER: {
						const it = stack[sp - 1]!;
						// The iterator's class is compared (these classes have no subclasses): each
						// failed instanceof would walk the prototype chain.
						const kind = (it as PyObject).constructor;
						if (op === Op.FOR_ITER_STORE_FAST) {
							// range and list iterators store the next item straight into the local.
							if (kind === PyRangeIter) {
								const range = it as PyRangeIter;
								if (range.remaining > 0) {
									range.remaining--;
									fast[bc[pc + 1]] = range.next;
									range.next += range.step;
									pc = (pc + 2) | 0;
									ticks = (ticks + 1) | 0;
								} else {
									stack[--sp] = undefined;
									pc = arg;
								}
								break;
							}
							if (kind === PyListIter) {
								const v = (it as PyListIter).nextValue();
								if (v !== undefined) {
									fast[bc[pc + 1]] = v;
									pc = (pc + 2) | 0;
									ticks = (ticks + 1) | 0;
								} else {
									stack[--sp] = undefined;
									pc = arg;
								}
								break;
							}
						}
						// The commonest iterators first, inlined (the call site is megamorphic).
						if (kind === PyRangeIter) {
							const range = it as PyRangeIter;
							if (range.remaining > 0) {
								range.remaining--;
								stack[sp++] = range.next;
								range.next += range.step;
							} else {
								stack[--sp] = undefined;
								pc = arg;
							}
							break;
						}
						f.lasti = pc - 2;
						if (kind === PyGenerator && canInline(it as PyGenerator, None)) {
							f.pc = pc;
							f.sp = sp;
							f = enterGenerator(it as PyGenerator, None, ResumeKind.ForIter, arg, f);
							continue frameLoop;
						}
						const v = it instanceof P.PyIteratorBase ? it.nextValue() : P.iterNext(it);
						if (v === undefined) {
							stack[--sp] = undefined;
							pc = arg;
						} else {
							stack[sp++] = v;
						}
						break;
					}
					case Op.MAKE_FUNCTION:
						sp = opMakeFunction(f, stack, sp, arg, pc);
						break;
					case Op.CALL:
					case Op.CALL_KW: {
						let kwnames: PyTuple | null = null;
						if (op === Op.CALL_KW) kwnames = stack[--sp] as PyTuple;
						let argc = arg;
						const base = sp - argc - 2;
						let callable = stack[base]!;
						const self = stack[base + 1];
						let argStart = base + 2;
						if (self !== undefined) {
							argStart = base + 1;
							argc++;
						}
						f.lasti = pc - 2;
						// Plain Python functions skip the checks below (a failed instanceof walks the
						// whole prototype chain, and this site sees every kind of callable).
						if (!(callable instanceof PyFunction)) {
							if (callable instanceof PyMethod && self === undefined) {
								// Unpack bound methods so the call can run inline.
								stack[base + 1] = callable.self;
								stack[base] = callable = callable.func;
								argStart = base + 1;
								argc++;
							}
							if (kwnames === null && (argc === 1 || argc === 2)) {
								// g.send(v), g.__next__(), next(g): resume the generator frame inline.
								let g: PyValue | undefined;
								let v: PyValue = None;
								if (self !== undefined && callable instanceof PyMethodDescriptor) {
									if (argc === 2 && inlineResume.send.has(callable)) {
										g = self;
										v = stack[argStart + 1]!;
									} else if (argc === 1 && inlineResume.next.has(callable)) g = self;
								} else if (
									self === undefined &&
									argc === 1 &&
									callable instanceof PyBuiltin &&
									inlineResume.next.has(callable.fn)
								) {
									g = stack[argStart];
								}
								if (
									(g instanceof PyGenerator || (g instanceof PyCoroutine && self !== undefined)) &&
									canInline(g, v)
								) {
									for (let i = base; i < sp; i++) stack[i] = undefined;
									sp = base;
									f.pc = pc;
									f.sp = sp;
									f =
										rt.minor <= 11
											? enterGeneratorGuarded(g, v, f, callable, argc, pc)
											: enterGenerator(g, v, ResumeKind.Call, 0, f);
									continue frameLoop;
								}
							}
						}
						if (callable instanceof PyFunction) {
							const calleeCode = callable.code;
							let nf: Frame | undefined;
							if (kwnames === null && argc === calleeCode.plainArgc) {
								// makeFrame's common case: the frame this frame called last if it ran the
								// same code (it has returned, since this frame runs again), else a pooled
								// one; the arguments copied.
								nf = plainFrameFor(f, callable, calleeCode);
								const locals = nf.fast;
								for (let i = 0; i < argc; i++) locals[i] = stack[argStart + i];
								sp = base;
							} else {
								let kwargs: Kwargs | null = null;
								let npos = argc;
								if (kwnames !== null) {
									kwargs = new Map();
									const kn = kwnames.items as string[];
									npos = argc - kn.length;
									for (let i = 0; i < kn.length; i++)
										kwargs.set(kn[i], stack[argStart + npos + i]!);
								}
								const isGen =
									(calleeCode.flags &
										(CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) !==
									0;
								nf = makeFrame(callable, stack as PyValue[], kwargs, argStart, npos, !isGen);
								sp = base;
								if (isGen) {
									stack[sp++] = makeGenerator(nf);
									break;
								}
							}
							if (
								calleeCode.jitState === JitState.Cold &&
								++calleeCode.jitCalls >= JIT_THRESHOLD &&
								jitActive
							)
								compileCode(calleeCode);
							// Inline call: switch to the new frame.
							enterDepth();
							f.pc = pc;
							f.sp = sp;
							if (ticks > checkEvery) {
								counters.instructions += ticks;
								ticks = 0;
								if (counters.instructions > counters.budget || (pauseDeferred && pausable && nestedWaits === 0)) {
									let pause: boolean;
									try {
										pause = sliceOver(pausable);
									} catch (e) {
										rt.depth--;
										throw e;
									}
									if (pause) {
										// Pause before the callee's first instruction.
										nf.back = f;
										pausedAt = nf;
										lastExit = ExitKind.Pause;
										current = prevFrame;
										return None;
									}
								}
							}
							nf.back = f;
							if (calleeCode.jit !== null && jitActive && rt.depth < JIT_MAX_DEPTH) {
								const r = invokeJit(calleeCode.jit, nf);
								if (r !== undefined) {
									stack[sp++] = r;
									if (r === lastMade.gen) passFreshFromCompiled(nf, f);
									break;
								}
								handedOver = true;
								continue frameLoop;
							}
							f = nf;
							// Switch to the callee here: a plain frame starts at pc 0 with nothing to throw.
							current = f;
							code = calleeCode;
							bc = code.code;
							consts = code.consts;
							names = code.names;
							stack = f.stack;
							fast = f.fast;
							sp = 0;
							pc = 0;
							break;
						}
						let result: PyValue;
						if (callable instanceof PyMethodDescriptor && self !== undefined && kwnames === null) {
							const args = stack.slice(argStart, argStart + argc) as PyValue[];
							if (callable.driver !== null) {
								drv = startDriver(callable.driver, args, null, f, stack, base, sp, pc);
								continue frameLoop;
							}
							if (rt.minor <= 11 && builtinCallGuarded(callable, argc, f, pc))
								result = callNativeGuarded(callable, args);
							else {
								try {
									result = callable.fn(args, null);
								} catch (e) {
									throw P.fromLibError(e);
								}
							}
						} else if (
							callable instanceof PyBuiltin &&
							kwnames === null &&
							callable.self === undefined
						) {
							const args = stack.slice(argStart, argStart + argc) as PyValue[];
							if (callable.driver !== null) {
								drv = startDriver(callable.driver, args, null, f, stack, base, sp, pc);
								continue frameLoop;
							}
							if (rt.minor <= 11 && builtinCallGuarded(callable, argc, f, pc))
								result = callNativeGuarded(callable, args);
							else {
								try {
									result = callable.fn(args, null);
								} catch (e) {
									throw P.fromLibError(e);
								}
							}
						} else {
							let kwargs: Kwargs | null = null;
							let npos = argc;
							if (kwnames !== null) {
								kwargs = new Map();
								const kn = kwnames.items as string[];
								npos = argc - kn.length;
								for (let i = 0; i < kn.length; i++) kwargs.set(kn[i], stack[argStart + npos + i]!);
							}
							const args = stack.slice(argStart, argStart + npos) as PyValue[];
							if (
								kwargs !== null &&
								(callable instanceof PyBuiltin
									? callable.self === undefined
									: callable instanceof PyMethodDescriptor && self !== undefined) &&
								(callable as PyBuiltin | PyMethodDescriptor).driver !== null
							) {
								drv = startDriver(
									(callable as PyBuiltin).driver!,
									args,
									kwargs,
									f,
									stack,
									base,
									sp,
									pc
								);
								continue frameLoop;
							}
							f.pc = pc;
							f.sp = sp;
							result = callGeneric(f, callable, args, kwargs);
						}
						if (pendingCoroutines.size !== 0 && cannotHoldObjects(result)) {
							// The call's arguments are released now: `print(type(coro()))`. Only
							// when the result holds nothing: a native object (wait_for's awaitable)
							// may keep its arguments where the reachability walk cannot see.
							const dropped: PyCoroutine[] = [];
							for (let i = base; i < sp; i++) {
								const a = stack[i];
								if (a instanceof PyCoroutine && a !== result) dropped.push(a);
							}
							for (let i = base; i < sp; i++) stack[i] = undefined;
							sp = base;
							stack[sp++] = result;
							for (const c of dropped) droppedCoroutine(c, f, pc);
							break;
						}
						for (let i = base; i < sp; i++) stack[i] = undefined;
						sp = base;
						stack[sp++] = result;
						break;
					}
					case Op.CALL_FUNCTION_EX: {
						const next = callFunctionExInline(f, stack, sp, arg, pc);
						if (next === null) {
							sp = opCallFunctionEx(f, stack, sp, arg, pc);
							break;
						}
						if (next instanceof DriverChannel) {
							drv = next;
							continue frameLoop;
						}
						// Switch to the callee, as CALL does.
						f = next;
						current = f;
						code = f.code;
						bc = code.code;
						consts = code.consts;
						names = code.names;
						stack = f.stack;
						fast = f.fast;
						sp = 0;
						pc = 0;
						break;
					}
					case Op.RETURN_VALUE: {
						const v = stack[--sp]!;
						if (f.ownsGenerators) {
							f.lasti = pc - 2;
							releaseOwnedSlots(f, v);
						}
						if (f === entry) {
							// Returned to native code, which may keep what it gets: not passed on as new.
							if (lastMade.frame === f) lastMade.gen = null;
							f.sp = 0;
							f.pc = pc;
							counters.instructions += ticks;
							lastExit = ExitKind.Return;
							current = prevFrame;
							entry.isEntry = false;
							return v;
						}
						rt.depth--;
						f.sp = 0;
						f.pc = pc;
						const caller = f.back!;
						f.back = null;
						if (f.gen === null) {
							// A plain function (returnToCaller and releaseFrame, inline).
							caller.stack[caller.sp++] = v;
							if (v === lastMade.gen) passFreshGenerator(f, caller, pc);
							// The caller keeps its last callee for the next call (see CALL); others pool.
							if (f.pooled && caller.child !== f) {
								const pool = f.code.framePool;
								if (pool.length < FRAME_POOL_SIZE) {
									if (f.excInfo !== null) f.excInfo = null;
									f.lasti = 0;
									pool.push(f);
								}
							}
							f = caller;
							current = f;
							code = f.code;
							bc = code.code;
							consts = code.consts;
							names = code.names;
							stack = f.stack;
							fast = f.fast;
							sp = f.sp;
							pc = f.pc;
							break;
						}
						if (f.callLevels !== 0) leaveCallLevels(f);
						if (f.resumeKind === ResumeKind.Driver) {
							const g = f.gen as GenLike;
							g.state = GenState.Closed;
							g.returned = true;
							g.returnValue = v;
							if (traceState.enabled) traceHandOff('return', g, v);
							const d = f.driver as DriverCall;
							f.driver = null;
							d.outcome = DriverOutcome.Returned;
							d.value = v;
							drv = d;
							f = caller;
							continue frameLoop;
						}
						pendingThrow = returnToCaller(f, caller, v);
						if (f.pooled) releaseFrame(f);
						f = caller;
						continue frameLoop;
					}
					case Op.YIELD_VALUE: {
						const v = stack[--sp]!;
						f.sp = sp;
						f.pc = pc;
						f.lasti = pc - 2;
						// The `yield from`/`await` loop's: its SEND is just before it.
						if (arg === 1) noteYieldFrom(f, bc[pc - 3]);
						if (f !== entry) {
							// An inline-resumed generator suspends: hand the value to its caller.
							let caller: Frame;
							for (;;) {
								(f.gen as GenLike).state = GenState.Suspended;
								if (traceState.enabled) traceHandOff('yield', f.gen as GenLike, v);
								rt.depth--;
								if (f.callLevels !== 0) leaveCallLevels(f);
								caller = f.back!;
								f.back = null;
								if (
									f.resumeKind !== ResumeKind.Send ||
									caller === entry ||
									traceState.enabled ||
									caller.code.code[caller.pc] !== Op.YIELD_VALUE
								)
									break;
								// The caller's SEND got v from its delegate, and its next instruction is
								// the `yield from`/`await` loop's YIELD_VALUE: run that here too (the
								// popped slot is dead: it is not cleared).
								caller.sp--;
								caller.pc += 2;
								caller.lasti = caller.pc - 2;
								caller.yieldFromPc = caller.pc;
								caller.yieldFromExit = f.resumeTarget;
								caller.yieldFromFrame = f;
								ticks = (ticks + 1) | 0;
								f = caller;
							}
							if (f.resumeKind === ResumeKind.Send) caller.stack[caller.sp - 1] = v;
							else if (f.resumeKind === ResumeKind.Driver) {
								const d = f.driver as DriverCall;
								f.driver = null;
								d.outcome = DriverOutcome.Yielded;
								d.value = v;
								drv = d;
							} else caller.stack[caller.sp++] = v;
							f = caller;
							continue frameLoop;
						}
						counters.instructions += ticks;
						lastExit = ExitKind.Yield;
						current = prevFrame;
						entry.isEntry = false;
						return v;
					}
					case Op.SEND: {
						const v = stack[sp - 1]!;
						const receiver = stack[sp - 2]!;
						f.lasti = pc - 2;
						// The receiver's class is compared, as in enterGenerator's walk.
						const kind = (receiver as PyObject).constructor;
						if (
							(kind === PyGenerator || kind === PyCoroutine) &&
							canInline(receiver as PyGenerator | PyCoroutine, v)
						) {
							f.pc = pc;
							f.sp = sp;
							f = enterGenerator(receiver as PyGenerator | PyCoroutine, v, ResumeKind.Send, arg, f);
							continue frameLoop;
						}
						f.pc = pc;
						f.sp = sp;
						let r: PyValue;
						let done: boolean;
						if (receiver instanceof PyGenerator || receiver instanceof PyCoroutine) {
							r = genResume(receiver, ResumeMode.Send, v);
							done = receiver.returned;
						} else {
							r = sendGeneric(receiver, v);
							done = sendReturned;
						}
						if (done) {
							sp -= 2;
							stack[sp] = undefined;
							stack[sp++] = r;
							pc = arg;
						} else {
							stack[sp - 1] = r;
						}
						break;
					}
					case Op.GET_YIELD_FROM_ITER:
						sp = opGetYieldFromIter(f, stack, sp, arg, pc);
						break;
					case Op.GET_AWAITABLE: {
						f.lasti = pc - 2; // __await__ may warn at this line (3.7/3.8 `with await lock`)
						const it = getAwaitable(stack[sp - 1]!, arg);
						if (it instanceof PyCoroutine) awaitedBy.add(it);
						stack[sp - 1] = it;
						break;
					}
					case Op.GET_AITER:
						sp = opGetAiter(f, stack, sp, arg, pc);
						break;
					case Op.GET_ANEXT:
						sp = opGetAnext(f, stack, sp, arg, pc);
						break;
					case Op.END_ASYNC_FOR: {
						const exc = stack[--sp] as PyException;
						stack[--sp] = undefined;
						if (!exc.cls.isSubtypeOf(StopAsyncIteration)) {
							reraising = true;
							throw exc;
						}
						break;
					}
					case Op.ASYNC_GEN_WRAP:
						stack[sp - 1] = new AsyncGenWrapped(stack[sp - 1]!);
						break;
					case Op.RAISE_VARARGS: {
						f.lasti = pc - 2;
						if (arg === 0) {
							const cur = currentHandled(f);
							if (cur === null) throw runtimeError('No active exception to reraise');
							if (rt.minor <= 10) restoreCaughtTraceback(f, cur);
							reraising = true;
							throw cur;
						}
						let cause: PyValue | undefined;
						if (arg === 2) cause = stack[--sp]!;
						const exc = makeRaisable(stack[--sp]!, 'exception');
						if (cause !== undefined) {
							exc.cause = cause === None ? null : makeRaisable(cause, 'cause');
							exc.suppressContext = true;
						}
						contextPending.add(exc);
						throw exc;
					}
					case Op.RERAISE: {
						const exc = stack[--sp] as PyException;
						if (arg) {
							const lasti = stack[--sp];
							if (typeof lasti === 'number') f.lasti = lasti;
						}
						if (rt.minor <= 10) restoreCaughtTraceback(f, exc);
						reraising = true;
						throw exc;
					}
					case Op.PUSH_EXC_INFO: {
						const exc = stack[sp - 1] as PyException;
						stack[sp - 1] = f.excInfo ?? None;
						stack[sp++] = exc;
						f.excInfo = exc;
						break;
					}
					case Op.POP_EXCEPT: {
						const prev = stack[--sp]!;
						stack[sp] = undefined;
						f.excInfo = prev === None ? null : (prev as PyException);
						if (watchedExceptions.size !== 0) releaseCaught(f, sp, pc, false);
						break;
					}
					case Op.CHECK_EXC_MATCH: {
						const t = stack[--sp]!;
						stack[sp] = excMatches(stack[sp - 1]!, t) ? True : False;
						sp++;
						break;
					}
					case Op.CHECK_EG_MATCH:
						sp = opCheckEgMatch(f, stack, sp, arg, pc);
						break;
					case Op.PREP_RERAISE_STAR:
						sp = opPrepReraiseStar(f, stack, sp, arg, pc);
						break;
					case Op.WITH_EXCEPT_START:
						sp = opWithExceptStart(f, stack, sp, arg, pc);
						break;
					case Op.BEFORE_WITH: {
						f.lasti = pc - 2;
						const enter = opBeforeWith(f, stack, sp, pc, 'sync');
						if (typeof enter === 'number') {
							sp = enter;
							break;
						}
						// A Python __enter__ runs inline, as a CALL's callee (its result is pushed
						// when it returns), so a lock it waits for suspends this thread's frames
						// rather than making the thread wait in place.
						enterDepth();
						f.pc = pc;
						f.sp = sp;
						enter.back = f;
						f = enter;
						continue frameLoop;
					}
					case Op.BEFORE_ASYNC_WITH:
						sp = opBeforeWith(f, stack, sp, pc, 'async') as number;
						break;
					case Op.LOAD_ASSERTION_ERROR:
						stack[sp++] = AssertionError;
						break;
					case Op.IMPORT_NAME:
						sp = opImportName(f, stack, sp, arg, pc);
						break;
					case Op.IMPORT_FROM:
						sp = opImportFrom(f, stack, sp, arg, pc);
						break;
					case Op.IMPORT_STAR:
						sp = opImportStar(f, stack, sp, arg, pc);
						break;
					case Op.LOAD_BUILD_CLASS:
						sp = opLoadBuildClass(f, stack, sp, arg, pc);
						break;
					case Op.SETUP_ANNOTATIONS:
						sp = opSetupAnnotations(f, stack, sp, arg, pc);
						break;
					case Op.STOPITERATION_ERROR:
						sp = opStopiterationError(f, stack, sp, arg, pc);
						break;
					case Op.MATCH_PATTERN:
						sp = opMatchPattern(f, stack, sp, arg, pc);
						break;
					case Op.GEN_LIFETIME:
						genLifetime(f, stack, sp, arg, pc);
						break;
					case Op.LOAD_LOCALS:
						stack[sp++] = f.locals!;
						break;
					default:
						throw newException(SystemError, `unknown opcode ${op}`);
				}
			}
		} catch (thrown) {
			if (segmentRaised) {
				// A compiled segment raised: it left the frame's pc and stack as the loop would.
				segmentRaised = false;
				pc = f.pc;
				sp = f.sp;
			}
			if (thrown instanceof BudgetExceeded) {
				current = prevFrame;
				throw thrown;
			}
			const exc = toPyException(thrown);
			let isReraise = reraising;
			reraising = false;
			// Unwind: look for a handler in this frame, else pop inline frames.
			for (;;) {
				const raisePc = pc - 2;
				f.lasti = raisePc;
				if (!isReraise) {
					if (contextPending.has(exc) || exc.traceback === null) {
						contextPending.delete(exc);
						setContext(exc, f);
					}
					addTraceback(exc, f, raisePc);
					if (throwAtStart === f) {
						const tb = exc.traceback!;
						tb.line = code.firstLine;
						tb.start = tb.end = -1;
					}
				}
				// A throw into a just-started frame raises before its first instruction: no
				// handler of the body covers it, even when the body begins with `try:`.
				const h = throwAtStart === f ? null : code.findHandler(raisePc);
				throwAtStart = null;
				dropUnawaited(stack, h !== null ? h.depth : 0, sp, f, exc);
				if (h !== null) {
					if (heldCoroutines.size !== 0) watchCaught(exc, f);
					if (rt.minor <= 10) rememberCaughtTraceback(f, exc);
					for (let i = h.depth; i < sp; i++) stack[i] = undefined;
					sp = h.depth;
					if (h.lasti) stack[sp++] = raisePc;
					stack[sp++] = exc;
					f.sp = sp;
					f.pc = h.target;
					continue frameLoop;
				}
				// No handler: the frame is done.
				for (let i = 0; i < sp; i++) stack[i] = undefined;
				// Its unstarted coroutines now live as long as the traceback that holds the frame.
				holdFrameCoroutines(f);
				sp = 0;
				if (f === entry) {
					f.sp = 0;
					f.pc = pc;
					counters.instructions += ticks;
					current = prevFrame;
					entry.isEntry = false;
					throw exc;
				}
				rt.depth--;
				if (f.gen !== null) {
					if (f.callLevels !== 0) leaveCallLevels(f);
					(f.gen as GenLike).state = GenState.Closed;
					if (traceState.enabled) traceHandOff('raise', f.gen as GenLike, exc);
				}
				const caller = f.back!;
				f.back = null;
				if (f.resumeKind === ResumeKind.Driver && f.gen !== null) {
					// The coroutine's exception goes to its driver (a task stores it).
					const d = f.driver as DriverCall;
					f.driver = null;
					d.outcome = DriverOutcome.Raised;
					d.error = exc;
					drv = d;
					f = caller;
					continue frameLoop;
				}
				f = caller;
				current = f;
				code = f.code;
				stack = f.stack;
				sp = f.sp;
				pc = f.pc;
				isReraise = false;
			}
		}
	}
}

/** A comparison of two JS numbers (ints), as COMPARE_OP's fast paths do it. */
function compareNumbers(a: number, b: number, op: P.CmpOp): boolean {
	switch (op) {
		case P.CmpOp.Lt:
			return a < b;
		case P.CmpOp.Le:
			return a <= b;
		case P.CmpOp.Eq:
			return a === b;
		case P.CmpOp.Ne:
			return a !== b;
		case P.CmpOp.Gt:
			return a > b;
		default:
			return a >= b;
	}
}

/** BUILD_SET (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opBuildSet(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	pc: number
): number {
	const n = arg & (CONST_SET_DISPLAY - 1);
	sp -= n;
	const items = stack.slice(sp, sp + n) as PyValue[];
	for (let i = 0; i < n; i++) stack[sp + i] = undefined;
	const s = new PySet();
	if (arg & CONST_SET_DISPLAY) {
		s.adoptTable(
			SetTable.fromConstantDisplay<PyValue>(
				(a, b) => P.richEq(a, b),
				hashedEntries(items),
				rt.minor
			)
		);
	} else {
		for (const x of items) s.add(x);
	}
	stack[sp++] = s;
	void f;
	void pc;
	return sp;
}

/** BUILD_MAP (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opBuildMap(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	sp -= 2 * arg;
	const d = new PyDict();
	for (let i = 0; i < arg; i++) d.set(stack[sp + 2 * i]!, stack[sp + 2 * i + 1]!);
	stack[sp++] = d;
	return sp;
}

/** BUILD_SLICE (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opBuildSlice(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const step = arg === 3 ? stack[--sp]! : None;
	const stop = stack[--sp]!;
	const start = stack[sp - 1]!;
	stack[sp - 1] = new PySlice(start, stop, step);
	return sp;
}

/** LIST_EXTEND (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opListExtend(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	pc: number
): number {
	const v = stack[--sp]!;
	const target = stack[sp - arg] as PyList;
	try {
		for (const x of P.toArray(v)) target.items.push(x);
	} catch (e) {
		if (
			e instanceof PyException &&
			typeOf(v).lookup('__iter__') === undefined &&
			typeof v !== 'string' &&
			typeOf(v).lookup('__getitem__') === undefined
		) {
			throw typeError(
				(f.code.code[pc] === Op.LIST_TO_TUPLE && f.code.code[pc + 2] === Op.BUILD_MAP) ||
					(f.code.code[pc] === Op.LIST_TO_TUPLE && f.code.code[pc + 2] === Op.CALL_FUNCTION_EX)
					? `${describeCallable(stack[sp - arg - 2]!)} argument after * must be an iterable, not ${P.typeName(v)}`
					: `Value after * must be an iterable, not ${P.typeName(v)}`
			);
		}
		throw e;
	}
	return sp;
}

/** SET_UPDATE (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opSetUpdate(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const v = stack[--sp]!;
	const target = stack[sp - arg] as PySet;
	for (const x of P.toArray(v)) target.add(x);
	return sp;
}

/** DICT_UPDATE (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opDictUpdate(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const v = stack[--sp]!;
	const target = stack[sp - arg] as PyDict;
	if (v instanceof PyDict) {
		for (const [k, x] of v.entries()) target.set(k, x);
	} else {
		const keys = P.getAttrOpt(v, 'keys');
		if (keys === undefined) throw typeError(`'${P.typeName(v)}' object is not a mapping`);
		for (const k of P.toArray(P.call(keys, []))) target.set(k, P.getItem(v, k));
	}
	return sp;
}

/** DICT_MERGE (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opDictMerge(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const v = stack[--sp]!;
	const target = stack[sp - arg] as PyDict;
	const callable = stack[sp - arg - 3]!;
	let entries: [PyValue, PyValue][];
	if (v instanceof PyDict) entries = v.entries();
	else {
		const keys = P.getAttrOpt(v, 'keys');
		if (keys === undefined)
			throw typeError(
				`${describeCallable(callable)} argument after ** must be a mapping, not ${P.typeName(v)}`
			);
		entries = P.toArray(P.call(keys, [])).map((k) => [k, P.getItem(v, k)]);
	}
	for (const [k, x] of entries) {
		if (typeof k !== 'string') throw typeError(`keywords must be strings`);
		if (target.has(k))
			throw typeError(
				`${describeCallable(callable)} got multiple values for keyword argument '${k}'`
			);
		target.set(k, x);
	}
	return sp;
}

/** UNPACK_EX (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opUnpackEx(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const before = arg & 0xff;
	const after = arg >> 8;
	const items = unpackEx(stack[--sp]!, before, after);
	for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
	return sp;
}

/** MAKE_FUNCTION (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opMakeFunction(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const codeRef = stack[--sp] as PyCodeRef;
	const fn = new PyFunction(codeRef.code, f.globals);
	if (arg & 8) fn.closure = (stack[--sp] as PyTuple).items as PyCell[];
	if (arg & 4) fn.annotations = stack[--sp]!;
	if (arg & 2) {
		const d = stack[--sp] as PyDict;
		fn.kwdefaults = new Map(d.entries().map(([k, v]) => [k as string, v]));
	}
	if (arg & 1) fn.defaults = (stack[--sp] as PyTuple).items;
	stack[sp++] = fn;
	return sp;
}

/** CALL_FUNCTION_EX (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opCallFunctionEx(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	pc: number
): number {
	// As CALL: f_lasti names the call while it runs (what a generator it makes records).
	f.lasti = pc - 2;
	const kwDict = arg & 1 ? stack[--sp]! : null;
	const argsTuple = stack[--sp] as PyTuple;
	const self = stack[--sp];
	const callable = stack[--sp]!;
	let args = argsTuple.items;
	if (self !== undefined) args = [self, ...args];
	const kwargs = kwDict !== null ? kwargsFromDict(kwDict, () => describeCallable(callable)) : null;
	f.lasti = pc - 2;
	f.pc = pc;
	f.sp = sp;
	stack[sp++] = callGenericEx(f, callable, args, kwargs && kwargs.size ? kwargs : null);
	return sp;
}

/**
 * CALL_FUNCTION_EX that the frame loop can run itself, so that the callee's frames can be
 * suspended (a thread blocking in threading's run(), whose target call is `f(*args, **kw)`):
 * a plain Python function gets its frame (entered, linked to f, the call's slots cleared), a
 * native with a driver form (time.sleep, loop.run_forever) gets its driver started. Null for
 * everything else, which opCallFunctionEx calls.
 */
function callFunctionExInline(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	pc: number
): Frame | DriverCall | null {
	const at = sp - 3 - (arg & 1);
	let fn = stack[at];
	let bound = stack[at + 1];
	if (fn instanceof PyMethod && bound === undefined) {
		bound = fn.self;
		fn = fn.func;
	}
	const posArgs = stack[at + 2];
	if (!(posArgs instanceof PyTuple)) return null;
	const driver = (fn instanceof PyBuiltin || fn instanceof PyMethodDescriptor) && fn.driver !== null ? fn.driver : null;
	if (driver === null) {
		if (!(fn instanceof PyFunction)) return null;
		if ((fn.code.flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) !== 0) return null;
	}
	if (fn instanceof PyBuiltin && fn.self !== undefined) bound = fn.self;
	f.lasti = pc - 2;
	const kwDict = arg & 1 ? stack[sp - 1]! : null;
	const kw = kwDict !== null ? kwargsFromDict(kwDict, () => describeCallable(stack[at]!)) : null;
	const kwargs = kw !== null && kw.size ? kw : null;
	const args = bound !== undefined ? [bound, ...posArgs.items] : [...posArgs.items];
	if (driver !== null) return startDriver(driver, args, kwargs, f, stack, at, sp, pc);
	const nf = makeFrame(fn as PyFunction, args, kwargs);
	for (let i = at; i < sp; i++) stack[i] = undefined;
	enterDepth();
	f.pc = pc;
	f.sp = at;
	nf.back = f;
	return nf;
}

/** GET_YIELD_FROM_ITER (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opGetYieldFromIter(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	_arg: number,
	_pc: number
): number {
	const v = stack[sp - 1]!;
	if (v instanceof PyCoroutine) {
		if (!(f.code.flags & (CodeFlags.Coroutine | CodeFlags.IterableCoroutine)))
			throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
	} else if (!(v instanceof PyGenerator)) {
		stack[sp - 1] = P.getIter(v);
	}
	return sp;
}

/** GET_AITER (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opGetAiter(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const v = stack[sp - 1]!;
	// arg 1: an `async for` over a call's result (compiler.ts asyncFor).
	if (arg === 1) markAsyncLoopOwned(f, v);
	const m = typeOf(v).lookup('__aiter__');
	if (m === undefined)
		throw typeError(`'async for' requires an object with __aiter__ method, got ${P.typeName(v)}`);
	const ai = P.callMethodValue(m, v, []);
	if (typeOf(ai).lookup('__anext__') === undefined)
		throw typeError(
			`'async for' received an object from __aiter__ that does not implement __anext__: ${P.typeName(ai)}`
		);
	stack[sp - 1] = ai;
	return sp;
}

/** GET_ANEXT (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opGetAnext(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	_arg: number,
	_pc: number
): number {
	const ai = stack[sp - 1]!;
	const m = typeOf(ai).lookup('__anext__');
	if (m === undefined)
		throw typeError(
			`'async for' requires an iterator with __anext__ method, got ${P.typeName(ai)}`
		);
	const aw = P.callMethodValue(m, ai, []);
	let it: PyValue;
	try {
		it = getAwaitable(aw, 0);
	} catch (e) {
		if (e instanceof PyException && e.cls.isSubtypeOf(typeError('').cls))
			throw typeError(`'async for' received an invalid object from __anext__: ${P.typeName(aw)}`);
		throw e;
	}
	stack[sp++] = it;
	return sp;
}

/** CHECK_EG_MATCH (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opCheckEgMatch(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	_arg: number,
	_pc: number
): number {
	const t = stack[--sp]!;
	const eg = stack[sp - 1] as PyException;
	const [match, rest] = splitExceptionGroup(eg, t);
	stack[sp - 1] = rest ?? None;
	stack[sp++] = match ?? None;
	return sp;
}

/** PREP_RERAISE_STAR (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opPrepReraiseStar(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	_arg: number,
	_pc: number
): number {
	const list = stack[--sp] as PyList;
	const orig = stack[sp - 1] as PyException;
	stack[sp - 1] = prepReraiseStar(orig, list.items);
	return sp;
}

/** WITH_EXCEPT_START (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opWithExceptStart(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	pc: number
): number {
	const exc = stack[sp - 1] as PyException;
	const exit = stack[sp - 4]!;
	const tb = vmHooks.makeTraceback ? vmHooks.makeTraceback(exc) : None;
	f.pc = pc;
	f.sp = sp;
	stack[sp++] = P.call(exit, [exc.cls, exc, tb]);
	return sp;
}

/** The dunders and wording of the two context manager protocols (BEFORE_WITH, BEFORE_ASYNC_WITH). */
const CONTEXT_PROTOCOLS = {
	sync: { enter: '__enter__', exit: '__exit__', protocol: 'context manager protocol' },
	async: {
		enter: '__aenter__',
		exit: '__aexit__',
		protocol: 'asynchronous context manager protocol',
	},
} as const;

/**
 * BEFORE_WITH / BEFORE_ASYNC_WITH (kept out of runFrame so the dispatch loop stays small for
 * the JIT): replaces the manager by its bound exit method and pushes what enter returns, or,
 * for a sync manager whose __enter__ is a Python function, returns that call's frame.
 */
function opBeforeWith(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	pc: number,
	kind: keyof typeof CONTEXT_PROTOCOLS
): number | Frame {
	const names = CONTEXT_PROTOCOLS[kind];
	const mgr = stack[sp - 1]!;
	const t = typeOf(mgr);
	const enter = t.lookup(names.enter);
	const exit = t.lookup(names.exit);
	if (enter === undefined || exit === undefined) {
		if (rt.minor >= 11) {
			throw typeError(
				`'${t.name}' object does not support the ${names.protocol}${enter === undefined ? '' : ` (missed ${names.exit} method)`}`
			);
		}
		// Up to 3.10 a failed special-method lookup; 3.7 and 3.8's async with looked up __aexit__ first.
		const exitFirst = kind === 'async' && rt.minor <= 8;
		throw attributeError(
			(exitFirst ? exit !== undefined : enter === undefined) ? names.enter : names.exit
		);
	}
	stack[sp - 1] = P.bindDescriptor(exit, mgr, t);
	// A Python __enter__ (not a generator's) is left to the frame loop: its frame is returned.
	if (
		kind === 'sync' &&
		enter instanceof PyFunction &&
		(enter.code.flags & (CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) === 0
	)
		return makeFrame(enter, [mgr], null);
	f.pc = pc;
	f.sp = sp;
	stack[sp++] = P.callMethodValue(enter, mgr, []);
	return sp;
}

/** IMPORT_NAME (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opImportName(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	pc: number
): number {
	const fromlist = stack[--sp]!;
	const level = stack[sp - 1] as number;
	f.pc = pc;
	f.sp = sp;
	stack[sp - 1] = vmHooks.importModule(f.code.names[arg], fromlist, level, f.globals);
	return sp;
}

/** IMPORT_FROM (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opImportFrom(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const mod = stack[sp - 1]!;
	const name = f.code.names[arg];
	let v = P.getAttrOpt(mod, name);
	if (v === undefined && mod instanceof PyModule) {
		// A submodule not yet imported as an attribute.
		try {
			v = vmHooks.importModule(`${mod.name}.${name}`, None, 0, f.globals);
			v = P.getAttrOpt(mod, name) ?? v;
		} catch {
			v = undefined;
		}
	}
	if (v === undefined) {
		const modName = mod instanceof PyModule ? mod.name : '?';
		const e = newException(
			ImportError,
			`cannot import name '${name}' from '${modName}' (unknown location)`
		);
		throw e;
	}
	stack[sp++] = v;
	return sp;
}

/** IMPORT_STAR (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opImportStar(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	_arg: number,
	_pc: number
): number {
	const mod = stack[--sp]!;
	const target = f.locals ?? f.globals;
	if (mod instanceof PyModule) {
		const all = mod.dict.getStr('__all__');
		const keys =
			all !== undefined
				? P.toArray(all)
				: mod.dict.keyList().filter((k) => typeof k === 'string' && !k.startsWith('_'));
		for (const k of keys) target.setStr(k as string, P.getAttr(mod, k as string));
	}
	return sp;
}

/** STOPITERATION_ERROR (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opStopiterationError(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	_arg: number,
	_pc: number
): number {
	const exc = stack[sp - 1] as PyException;
	const flags = f.code.flags;
	let msg: string | null = null;
	if (exc.cls.isSubtypeOf(StopIteration)) {
		msg =
			flags & CodeFlags.AsyncGenerator
				? 'async generator raised StopIteration'
				: flags & CodeFlags.Coroutine
					? 'coroutine raised StopIteration'
					: 'generator raised StopIteration';
	} else if (flags & CodeFlags.AsyncGenerator && exc.cls.isSubtypeOf(StopAsyncIteration)) {
		msg = 'async generator raised StopAsyncIteration';
	}
	if (msg !== null) {
		const err = newException(RuntimeError, msg);
		err.cause = exc;
		err.context = exc;
		err.suppressContext = true;
		stack[sp - 1] = err;
	}
	return sp;
}

/** MATCH_PATTERN (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opMatchPattern(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	_arg: number,
	_pc: number
): number {
	const pat = stack[--sp] as PyPattern;
	const values = stack[--sp] as PyTuple;
	stack[sp] = undefined;
	const subject = stack[sp - 1]!;
	stack[sp++] = matchPattern(pat, subject, values);
	return sp;
}

/** LOAD_CLASSDEREF (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opLoadClassderef(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	pc: number
): number {
	// The NOP that follows carries the name; it then executes as a no-op.
	const name = f.code.names[f.code.code[pc + 1]];
	let v = f.locals!.getStr(name);
	if (v === undefined) {
		v = (f.fast[arg] as PyCell).value;
		if (v === undefined) throw unboundFree(name);
	}
	stack[sp++] = v;
	return sp;
}

/** UNPACK_SEQUENCE (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opUnpackSequence(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const items = unpackSequence(stack[--sp]!, arg);
	for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
	return sp;
}

/** SETUP_ANNOTATIONS (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opSetupAnnotations(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	_arg: number,
	_pc: number
): number {
	const ns = f.locals!;
	if (!ns.hasStr('__annotations__')) ns.setStr('__annotations__', new PyDict());
	return sp;
}

/** LOAD_BUILD_CLASS (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opLoadBuildClass(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	_arg: number,
	_pc: number
): number {
	const bc2 = f.builtins.getStr('__build_class__');
	if (bc2 === undefined) throw newException(NameError, '__build_class__ not found');
	stack[sp++] = bc2;
	return sp;
}

/** DELETE_DEREF (kept out of runFrame so the dispatch loop stays small for the JIT). */
function opDeleteDeref(
	f: Frame,
	stack: (PyValue | undefined)[],
	sp: number,
	arg: number,
	_pc: number
): number {
	const cell = f.fast[arg] as PyCell;
	if (cell.value === undefined) throw unboundLocal(cellName(f.code, arg));
	cell.value = undefined;
	return sp;
}

function asciiOf(r: string): string {
	let out = '';
	for (const ch of r) {
		const c = ch.codePointAt(0)!;
		if (c < 0x80) out += ch;
		else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
		else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
		else out += '\\U' + c.toString(16).padStart(8, '0');
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Exception groups (PEP 654) for except*.

/** Exception-group operations provided by the types layer (BaseExceptionGroup.split etc.). */
let egSplit: ((eg: PyException, t: PyValue) => [PyValue, PyValue]) | null = null;
/** Installed by vm/hooks.ts: `eg.split(t)` as (match, rest). */
export function setExceptionGroupSplit(f: typeof egSplit): void {
	egSplit = f;
}

function splitExceptionGroup(
	eg: PyException,
	t: PyValue
): [PyException | null, PyException | null] {
	if (eg.cls.isSubtypeOf(BaseExceptionGroup)) {
		if (!egSplit) throw newException(SystemError, 'exception groups are not available');
		const [m, r] = egSplit(eg, t);
		return [m === None ? null : (m as PyException), r === None ? null : (r as PyException)];
	}
	// A naked exception matched by except* is wrapped in an ExceptionGroup (CPython CHECK_EG_MATCH).
	if (excMatches(eg, t)) {
		const wrapped = P.call(
			eg.cls.isSubtypeOf(builtinException) ? builtinExceptionGroup : BaseExceptionGroup,
			['', new PyList([eg])]
		) as PyException;
		wrapped.traceback = eg.traceback;
		return [wrapped, null];
	}
	return [null, eg];
}

function leaves(e: PyException, out: Set<PyException>): void {
	if (e.cls.isSubtypeOf(BaseExceptionGroup)) {
		const excs = P.getAttr(e, 'exceptions') as PyTuple;
		for (const x of excs.items) if (x instanceof PyException) leaves(x, out);
	} else out.add(e);
}

/** CPython _PyExc_PrepReraiseStar: what an except* block raises once all its clauses ran. */
function prepReraiseStar(orig: PyException, items: PyValue[]): PyValue {
	const excs = items.filter((x) => x !== None) as PyException[];
	if (excs.length === 0) return None;
	if (!orig.cls.isSubtypeOf(BaseExceptionGroup)) return excs[0];
	const raised: PyException[] = [];
	const reraised: PyException[] = [];
	for (const e of excs) {
		const same =
			e.traceback === orig.traceback && e.cause === orig.cause && e.context === orig.context;
		(same ? reraised : raised).push(e);
	}
	let reraisedEg: PyValue = None;
	if (reraised.length) {
		const keep = new Set<PyException>();
		for (const e of reraised) leaves(e, keep);
		const pred = new PyBuiltin('_keep', (args) =>
			keep.has(args[0] as PyException) ? True : False
		);
		reraisedEg = egSplit!(orig, pred)[0];
	}
	if (raised.length === 0) return reraisedEg;
	if (reraisedEg !== None) raised.push(reraisedEg as PyException);
	if (raised.length > 1) return P.call(builtinExceptionGroup, ['', new PyList(raised)]);
	return raised[0];
}

export {
	PyAsyncGenerator,
	GeneratorExit,
	PyBool,
	NotImplemented,
	strType,
	dictType,
	tupleType,
	I,
	PyObject,
};
