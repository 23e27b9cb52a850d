/*
 * tracebackModule.ts
 * Python-visible traceback objects (exc.__traceback__: tb_lineno, tb_next, tb_frame) and the
 * running stack as the traceback module sees it (with the frames of a running event loop). The
 * `traceback` module itself is modules/traceback.ts (a chunk of its own in the browser).
 */

import { PyObject, PyValue, None, makeBuiltinType } from '../objects/object';
import { TracebackEntry, typeError } from '../objects/exceptions';
import { PyTuple } from '../objects/containers';
import { rt } from '../objects/runtimeState';
import { getset, method } from '../types/util';
import { exceptionHooks } from '../types/exceptions';
import { currentFrame, vmHooks } from './interpreter';
import type { Frame } from './frame';
import { CodeFlags } from '../compiler/codeObject';
import { originTracking } from './generators';

export const tracebackType = makeBuiltinType('traceback');

/** A traceback object: one entry of the chain. */
export class PyTraceback extends PyObject {
	constructor(public entry: TracebackEntry) {
		super(tracebackType);
	}
}

/** The first visible entry at or after e (inlined comprehensions are hidden in 3.12+). */
function visible(e: TracebackEntry | null): TracebackEntry | null {
	while (e !== null && e.hidden) e = e.next;
	return e;
}

function wrap(e: TracebackEntry | null): PyValue {
	const v = visible(e);
	return v === null ? None : new PyTraceback(v);
}

getset(tracebackType, 'tb_lineno', (self) => (self as PyTraceback).entry.line);
getset(tracebackType, 'tb_next', (self) => wrap((self as PyTraceback).entry.next));
getset(tracebackType, 'tb_frame', () => None);
getset(tracebackType, 'tb_lasti', () => -1);

exceptionHooks.getTraceback = (e) => wrap(e.traceback);
exceptionHooks.setTraceback = (e, v) => {
	if (v === None) e.traceback = null;
	else if (v instanceof PyTraceback) e.traceback = v.entry;
	else throw typeError('__traceback__ must be a traceback or None');
};
vmHooks.makeTraceback = (exc) => wrap(exc.traceback);

/** Line `line` of a source text, stripped ('' when there is none), as FrameSummary.line. */
export function sourceLineOf(source: string | null, line: number): string {
	if (source === null) return '';
	return source.split('\n')[line - 1]?.trim() ?? '';
}

/** A frame of the standard library CPython's stack has and ours does not (asyncio's loop). */
export interface StackFrameInfo {
	file: string;
	line: number;
	name: string;
	text: string;
}

/**
 * Frames to show between `inner` and its caller `outer` (outermost first), or null: asyncio
 * registers the frames of a running loop between the code that started it and its callbacks.
 */
let loopStackHook: (inner: Frame, outer: Frame) => StackFrameInfo[] | null = () => null;
export function setLoopStackHook(hook: (inner: Frame, outer: Frame) => StackFrameInfo[] | null): void {
	loopStackHook = hook;
}

/** Frames CPython does not have: helpers it runs in C, comprehensions 3.12+ inlines. */
function hiddenFrame(f: Frame): boolean {
	return (f.code.flags & CodeFlags.HiddenFrame) !== 0 || ((f.code.flags & CodeFlags.InlinedComprehension) !== 0 && rt.minor >= 12);
}

/** One entry of a stack as FrameSummary has it: the file, line number, function, stripped line. */
export interface StackEntry {
	filename: string;
	line: number;
	name: string;
	text: string;
}

/**
 * The running frames, outermost first (traceback.extract_stack()), with the stdlib frames of a
 * running event loop where CPython's stack has them.
 */
export function currentStack(): StackEntry[] {
	const out: StackEntry[] = [];
	let f = currentFrame();
	while (f !== null && hiddenFrame(f)) f = f.back;
	while (f !== null) {
		const line = f.code.lineAt(f.lasti);
		out.push(stdlibFrameHook(f.code.filename, f.code.name) ?? { filename: f.code.filename, line, name: f.code.name, text: sourceLineOf(f.code.source, line) });
		let back = f.back;
		while (back !== null && hiddenFrame(back)) back = back.back;
		if (back !== null) {
			const between = loopStackHook(f, back);
			if (between !== null) {
				for (let i = between.length - 1; i >= 0; i--) out.push(stdlibEntry(between[i]));
			}
		}
		f = back;
	}
	return out.reverse();
}

originTracking.capture = () => currentStack().reverse();

/**
 * How a frame of one of our Python-written modules appears in CPython's stack (its stdlib file
 * and line), or null: the thread modules register threading.py's frames.
 */
let stdlibFrameHook: (filename: string, name: string) => StackEntry | null = () => null;
export function setStdlibFrameHook(hook: (filename: string, name: string) => StackEntry | null): void {
	stdlibFrameHook = hook;
}

/** A frame of the standard library (a bare name is a file of asyncio). */
export function stdlibEntry(s: StackFrameInfo): StackEntry {
	const filename = `/usr/lib/python3.${rt.minor}/${s.file.includes('/') ? s.file : `asyncio/${s.file}`}`;
	return { filename, line: s.line, name: s.name, text: s.text.trim() };
}

export function stackTuple(e: StackEntry): PyTuple {
	return new PyTuple([e.filename, e.line, e.name, e.text]);
}

method(tracebackType, '__repr__', () => '<traceback object>');
