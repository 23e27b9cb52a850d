/*
 * jit.ts
 * Compiled code: what the interpreter shares with the code generator (vm/jitCompiler.ts).
 * A plain function becomes one JavaScript function whose value stack lives in JS locals, so V8
 * optimises each Python function on its own instead of running it through the dispatch loop;
 * all other code gets segments the interpreter enters and leaves (SegmentFn below).
 *
 * Whole functions: functions that only take positional parameters (CodeObject.plainArgc), are
 * not generators or coroutines, have no cells and no exception handlers, and use only the
 * instructions jitCompiler.ts compiles. Everything else runs in segments or the interpreter.
 *
 * The contract with the interpreter (interpreter.ts, `jitSupport`):
 * - A compiled function runs on its own Frame, which the caller set up exactly as the
 *   interpreter's CALL does (locals in `f.fast`, `f.back`, recursion depth already counted).
 *   It keeps f.lasti at the instruction that can raise or call, so tracebacks, f_lineno and
 *   sys._getframe() see what the interpreter would show.
 * - It counts instructions as the interpreter does, one per instruction (fused pairs count
 *   two), whatever path it takes: per block, corrected where a block is left early.
 * - It returns like RETURN_VALUE (depth, frame pool, current frame) and raises like the
 *   interpreter's unwinding of a frame without a handler (context, traceback entry).
 * - Hand-over: where it cannot go on (a callee it does not handle, a time slice or budget that
 *   ran out) it throws a JitUnwind. Every compiled frame the JitUnwind passes writes its value
 *   stack, pc and sp into its Frame, which then continues in the interpreter, which catches the
 *   JitUnwind where it called compiled code. So compiled code can always be paused: the frames
 *   simply continue in the interpreter, which pauses.
 */

import type { CodeObject } from '../compiler/codeObject';
import type { PyValue } from '../objects/object';
import type { Frame } from './frame';

/** A compiled function: runs frame f (set up by the caller) to its return value. */
export type JitFn = (f: Frame) => PyValue;

/**
 * Thrown to hand the compiled frames to the interpreter; `top` resumes at its own instruction,
 * raising `exc` there if set (an exception a segment raised in a generator it resumed).
 */
export class JitUnwind {
	constructor(
		readonly top: Frame,
		readonly exc: unknown = null
	) {}
}

/** Compile a code object once it has been called this many times (in the interpreter). */
export const JIT_THRESHOLD = 2;
/** Compile a code object's segments once its frames were entered or looped back this often. */
export const JIT_SEGMENT_THRESHOLD = 16;
/** Compiled frames never nest deeper than this, so the JavaScript stack stays small. */
export const JIT_MAX_DEPTH = 600;

/** What the interpreter knows of a code object's compiled form. */
export const enum JitState {
	Cold = 0,
	Compiled = 1,
	Never = 2,
}

/**
 * A compiled segment of any other code (module code, generators, coroutines, functions with
 * handlers or instructions this module does not compile): `seg(f)` runs frame f from f.pc, as
 * far as it can, and returns with f.pc, f.sp and f.stack where the interpreter goes on:
 * 0 at an instruction it leaves to the interpreter, 1 at a check point whose budget ran out
 * (the interpreter then checks, and may pause there). Where f.pc is not one of its entry points
 * it returns 0 at once. An exception leaves f.pc past the instruction that raised and f.sp at
 * the values below its operands, for the interpreter's unwinding (J.segmentRaised()).
 */
export type SegmentFn = (f: Frame) => number;

/** The code generator (jitCompiler.ts), installed by '#jit': at once in Node, in the browser by prepare(). */
export interface JitCompiler {
	compileJit(code: CodeObject, J: unknown): JitFn | null;
	compileSegment(code: CodeObject, J: unknown): SegmentFn | null;
}
