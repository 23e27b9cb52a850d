/*
 * codeObject.ts
 * The compiled form of a function, class body or module: bytecode plus everything the VM
 * needs to run it (constants, names, local layout, exception table, source positions).
 */

import type { PyValue } from '../objects/object';
import type { Frame } from '../vm/frame';
import type { JitFn, SegmentFn } from '../vm/jit';

export const enum CodeFlags {
	Optimized = 1 << 0, // locals live in fast slots (functions), not a dict
	VarArgs = 1 << 2,
	VarKeywords = 1 << 3,
	Nested = 1 << 4,
	Generator = 1 << 5,
	Coroutine = 1 << 7,
	IterableCoroutine = 1 << 8, // set by types.coroutine on a generator's code
	AsyncGenerator = 1 << 9,
	/** A comprehension that CPython 3.12+ inlines (PEP 709): hidden from tracebacks there. */
	InlinedComprehension = 1 << 20,
	/** Class body code: names resolve through the class namespace first. */
	ClassBody = 1 << 21,
	/** Frames CPython runs in C (partial.__call__, lru_cache...): hidden from tracebacks. */
	HiddenFrame = 1 << 22,
}

/** One exception-table entry: instructions [start, end) jump to `target` with the stack cut to `depth`. */
export interface ExceptionTableEntry {
	start: number;
	end: number;
	target: number;
	depth: number;
	/** Push the offset of the raising instruction before the exception (for RERAISE). */
	lasti: boolean;
}

/** An empty array already in V8's "any element" kind, so pushing objects never transitions it. */
export function objectArray<T>(): T[] {
	const a: (T | undefined)[] = [undefined];
	a.pop();
	return a as T[];
}

export class CodeObject {
	/** Opcodes and arguments interleaved: code[pc] is the opcode, code[pc + 1] its argument. */
	code: Int32Array = new Int32Array(0);
	consts: PyValue[] = [];
	names: string[] = [];
	/** Fast-slot names: parameters first, then other locals, then cell variables, then free variables. */
	varnames: string[] = [];
	cellvars: string[] = [];
	freevars: string[] = [];
	/** For each cell variable that is also a parameter, the parameter's slot (else -1). */
	cell2arg: number[] = [];
	argcount = 0;
	posonlyargcount = 0;
	kwonlyargcount = 0;
	flags = 0;
	firstLine = 1;
	/** Per instruction (indexed by pc / 2): line, start offset, end offset into the source. */
	lines: Int32Array = new Int32Array(0);
	starts: Int32Array = new Int32Array(0);
	ends: Int32Array = new Int32Array(0);
	exceptionTable: ExceptionTableEntry[] = [];
	maxStack = 0;
	/**
	 * The operand stack depth the code needs, which follows CPython 3.12+'s co_stacksize for
	 * generator bodies, and without the PEP 479 guard's handler (absent from 3.11's bytecode)
	 * 3.11's: sys.getsizeof of a generator counts its frame's stack (gen_sizeof).
	 */
	stackDepth = 0;
	stackDepthWithoutGuard = 0;
	/** Docstring constant, or null. */
	doc: PyValue | null = null;
	/**
	 * The positional argument count of a call that only copies its arguments into the locals (no
	 * *args, **kwargs, keyword-only parameters, cells, free variables, or generator), else -1: the
	 * VM's inline call takes its fast path when a call passes exactly this many.
	 */
	plainArgc = -1;
	/** The Python code object wrapping this one (objects/function.ts codeRef), made on first use. */
	pyRef: unknown = null;
	/** Finished frames kept for reuse by the VM (a type-only import: this module stays VM-free). */
	framePool: Frame[] = objectArray<Frame>();
	/**
	 * How often (up to 7) each CALL of a builtin has run under 3.11, made on first use: before it
	 * quickens a code object (at its 8th RESUME), 3.11 calls builtins unspecialised (the VM's
	 * builtinCallGuarded).
	 */
	callRuns311: Uint8Array | null = null;
	/**
	 * The fast slots (ascending) and, for module code, the global names that may own a generator
	 * (compiler/generatorOwners.ts), or null. The VM closes such a generator when the variable
	 * lets it go, as CPython's reference counting does.
	 */
	ownedGenSlots: Int32Array | null = null;
	ownedGenNames: Set<string> | null = null;
	/** Positional parameters that only drive the iterator passed (compiler/generatorOwners.ts drivenParams). */
	drivenParams: number[] | null = null;
	/** The compiled form of a plain function (vm/jit.ts), once it has one. */
	jit: JitFn | null = null;
	/** vm/jit.ts JitState: not yet compiled, compiled, or never to be compiled. */
	jitState = 0;
	/** Calls counted before compiling, and deoptimisations counted after (vm/jit.ts). */
	jitCalls = 0;
	jitDeopts = 0;
	/** The compiled segments of other code (vm/jit.ts compileSegment), their state and warm-up count. */
	seg: SegmentFn | null = null;
	segState = 0;
	segEntries = 0;
	/** Resumptions from compiled code whose segment stopped short of a yield (vm/interpreter.ts jitResume). */
	segMisses = 0;

	constructor(
		public name: string,
		public qualname: string,
		public filename: string,
		/** The full source text of the file (for tracebacks). */
		public source: string
	) {}

	/** A copy with other flags (types.coroutine), built by the constructor so it keeps the same shape. */
	withFlags(flags: number): CodeObject {
		const copy = Object.assign(
			new CodeObject(this.name, this.qualname, this.filename, this.source),
			this
		);
		copy.flags = flags;
		copy.framePool = objectArray<Frame>();
		copy.pyRef = null;
		copy.callRuns311 = null;
		copy.jit = null;
		copy.jitState = 0;
		copy.jitCalls = 0;
		copy.jitDeopts = 0;
		copy.seg = null;
		copy.segState = 0;
		copy.segEntries = 0;
		copy.segMisses = 0;
		return copy;
	}

	get nlocals(): number {
		return this.varnames.length;
	}
	/** Total fast slots: locals, then cells, then frees. */
	get nslots(): number {
		return this.varnames.length + this.cellvars.length + this.freevars.length;
	}
	lineAt(pc: number): number {
		const i = pc >> 1;
		return i < this.lines.length ? this.lines[i] : this.firstLine;
	}
	/** Finds the handler covering the instruction at pc, or null. */
	findHandler(pc: number): ExceptionTableEntry | null {
		const table = this.exceptionTable;
		for (let i = 0; i < table.length; i++) {
			const e = table[i];
			if (pc >= e.start && pc < e.end) return e;
		}
		return null;
	}
}
