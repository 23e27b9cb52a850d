/*
 * warnings.ts
 * Emitting warnings from native code with CPython's default behaviour: printed once per
 * location as "file:line: Category: message" plus the source line, on stderr. DeprecationWarning
 * and PendingDeprecationWarning are shown only when triggered in __main__ (CPython's default
 * filters). The Python-level warnings module may replace `warnHook.warn` to apply its filters.
 */

import { PyType, PyValue } from '../objects/object';
import { DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning, SyntaxWarning } from '../objects/exceptions';
import { rt } from '../objects/runtimeState';
import { currentFrame } from './interpreter';
import type { Frame } from './frame';
import { exceptionTypeName } from './traceback';

const shown = new Set<string>();

/** Resets the once-per-location registry at the start of a run. */
export function resetWarnings(): void {
	shown.clear();
}

/** The frame `stacklevel` levels up from the innermost Python frame (1 = the caller of warn). */
export function frameAtLevel(stacklevel: number): Frame | null {
	let f = currentFrame();
	for (let i = 1; i < stacklevel && f; i++) f = f.back;
	return f;
}

/** Formats a warning the way warnings.formatwarning does. */
export function formatWarning(category: PyType, message: string, filename: string, line: number, source: string | null): string {
	let text = `${filename}:${line}: ${exceptionTypeName(category)}: ${message}\n`;
	if (source !== null) {
		const l = source.split('\n')[line - 1];
		if (l !== undefined && l.trim() !== '') text += `  ${l.trim()}\n`;
	}
	return text;
}

function defaultWarn(category: PyType, message: string, stacklevel = 1): void {
	const f = frameAtLevel(stacklevel);
	defaultWarnAt(category, message, f, f ? f.code.lineAt(f.lasti) : 1);
}

/**
 * CPython's default filters for a warning attributed to frame f's `line` (null: no frame).
 * `source` is the object the warning is about (a coroutine never awaited): CPython then adds
 * its tracemalloc hint.
 */
function defaultWarnAt(category: PyType, message: string, f: Frame | null, line: number, source?: PyValue): void {
	const filename = f ? f.code.filename : 'sys';
	const isMain = f ? f.globals.getStr('__name__') === '__main__' : false;
	if ((category.isSubtypeOf(DeprecationWarning) || category.isSubtypeOf(PendingDeprecationWarning)) && !isMain) return;
	if (category.isSubtypeOf(ImportWarning) || category.isSubtypeOf(ResourceWarning)) return;
	const key = `${filename}:${line}:${category.name}:${message}`;
	if (shown.has(key)) return;
	shown.add(key);
	let text = formatWarning(category, message, filename, line, f ? f.code.source : null);
	if (source !== undefined)
		text += `${exceptionTypeName(category)}: Enable tracemalloc to get the object allocation traceback\n`;
	rt.write('stderr', text);
}

/** A warning raised while compiling (no frame yet): always shown, like PyErr_WarnExplicit. */
export function emitCompileWarning(category: 'SyntaxWarning' | 'DeprecationWarning', message: string, filename: string, line: number, source: string | null): void {
	const type = category === 'SyntaxWarning' ? SyntaxWarning : DeprecationWarning;
	rt.write('stderr', formatWarning(type, message, filename, line, source));
}

export const warnHook = {
	warn: defaultWarn,
	/** A warning attributed to an explicit line of frame f (warnings.warn_explicit). */
	warnAt: defaultWarnAt,
	/** The default implementations, for a Python-level module that wants to delegate to them. */
	defaultWarn,
	defaultWarnAt,
};

export type { PyValue };
