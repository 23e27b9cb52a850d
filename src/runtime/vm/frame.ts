/*
 * frame.ts
 * An executing (or suspended) code object: program counter, fast locals with cells, and its
 * own value stack, so generator and coroutine frames can be suspended and resumed at will.
 */

import type { CodeObject } from '../compiler/codeObject';
import type { PyValue } from '../objects/object';
import type { PyDict } from '../objects/containers';
import type { PyFunction } from '../objects/function';
import type { PyException, TracebackEntry } from '../objects/exceptions';

/**
 * An array of n undefined slots whose elements kind is already "any value", so storing an int,
 * a float or an object never changes its kind: every frame's stack looks the same to V8 and
 * the interpreter's optimized code is not thrown away when a new frame holds another kind.
 */
export function objectSlots<T>(n: number): (T | undefined)[] {
	let template = slotTemplates[n];
	if (template === undefined) {
		// Shrinking to 0 first makes even a one-slot array holey, the kind of all the others.
		template = [undefined];
		template.length = 0;
		template.length = n;
		template.fill(undefined);
		if (n <= MAX_TEMPLATE_SLOTS) slotTemplates[n] = template;
	}
	// slice() copies a fast array in a few instructions; fill() on a holey array is a slow builtin.
	return template.slice() as (T | undefined)[];
}
const MAX_TEMPLATE_SLOTS = 256;
const slotTemplates: (unknown[] | undefined)[] = [];

export class Frame {
	pc = 0;
	sp = 0;
	stack: (PyValue | undefined)[];
	/** Fast slots: locals, then cells, then free variables (cells hold the values). */
	fast: (PyValue | undefined)[];
	back: Frame | null = null;
	/** The exception being handled in this frame (sys.exc_info), or null. */
	excInfo: PyException | null = null;
	/** The generator/coroutine owning this frame, if any. */
	gen: object | null = null;
	/** True while a runFrame() invocation treats this frame as its entry (return exits the loop). */
	isEntry = false;
	/** pc of the instruction that last raised (for tracebacks and f_lineno). */
	lasti = 0;
	/** How the caller resumed this generator frame inline (see interpreter.ts ResumeKind). */
	resumeKind = 0;
	/** SEND/FOR_ITER: where the caller continues when the generator returns. */
	resumeTarget = 0;
	/**
	 * The pc at which this generator frame last suspended in a `yield from`/`await` loop (just
	 * after its YIELD_VALUE), and that loop's exit (its SEND's target); -1: none. A hint for
	 * interpreter.ts enterDelegates: `pc === yieldFromPc` only while suspended there.
	 */
	yieldFromPc = -1;
	yieldFromExit = 0;
	/** The frame of the delegate there (the SEND's receiver), when it is a generator or coroutine. */
	yieldFromFrame: Frame | null = null;
	/**
	 * The recursion levels of the call (next(g), g.send(v)) that resumed this generator inline,
	 * held until it yields, returns or raises (3.7–3.11's guard of a builtin call: see
	 * objects/cRecursion.ts).
	 */
	callLevels = 0;
	/** A plain function frame that returns to its code object's pool when it returns. */
	pooled = false;
	/** The pooled frame this frame called last, kept for its next call of the same code. */
	child: Frame | null = null;
	/** The native driver (interpreter.ts DriverCall) this coroutine frame reports to, while it runs for one. */
	driver: object | null = null;
	/** The dict locals() returns in this function frame before 3.13 (f_locals), once made (hooks.ts). */
	localsDict: PyDict | null = null;
	/**
	 * Before 3.11: the traceback each exception had when a handler of this frame caught it, made
	 * on the first catch (interpreter.ts rememberCaughtTraceback). Weak keys: a pooled frame's
	 * stale entries cost nothing, and a reraise only ever follows a catch in the same frame.
	 */
	caughtTracebacks: WeakMap<PyException, TracebackEntry | null> | null = null;
	/** A generator made here is owned by one of this frame's variables (vm/generators.ts makeGenerator). */
	ownsGenerators = false;

	constructor(
		public code: CodeObject,
		public globals: PyDict,
		public builtins: PyDict,
		/** Namespace for module and class bodies (LOAD_NAME/STORE_NAME); null for functions. */
		public locals: PyDict | null,
		public func: PyFunction | null
	) {
		this.stack = objectSlots(code.maxStack);
		this.fast = objectSlots(code.nslots);
	}

	/** The current line (f_lineno). */
	get line(): number {
		return this.code.lineAt(this.lasti);
	}
}

/**
 * Keeps a running frame out of reuse: it is no longer pooled when it returns, nor kept as its
 * caller's next callee frame, so what Python code holds of it (its locals() dict, its frame
 * object) stays its own after the call.
 */
export function pinFrame(f: Frame): void {
	f.pooled = false;
	const caller = f.back;
	if (caller !== null && caller.child === f) caller.child = null;
}
