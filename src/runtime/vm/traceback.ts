/*
 * traceback.ts
 * Prints an exception the way CPython's default excepthook does (Lib/traceback.py):
 * the chain of causes/contexts, "Traceback (most recent call last):", one entry per frame with
 * its source line (and 3.11+ carets), repeated-frame compression, and the final "Type: msg"
 * line with "Did you mean" suggestions for NameError/AttributeError (3.10+).
 */

import { PyValue, PyType, typeOf, None } from '../objects/object';
import {
	PyException,
	TracebackEntry,
	SyntaxError,
	NameError,
	AttributeError,
	ImportError,
	BaseExceptionGroup,
} from '../objects/exceptions';
import * as P from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { PyDict } from '../objects/containers';
import { PyModule } from '../objects/function';

/** The printable type name: the qualname, module-qualified unless builtins or __main__. */
export function exceptionTypeName(t: PyType): string {
	const mod = t.module;
	return mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
}

/** str(exc), falling back like traceback.py when __str__ itself fails. */
function safeStr(exc: PyException): string {
	try {
		return P.str(exc);
	} catch {
		return `<exception str() failed>`;
	}
}

/** "Type: message" (or "Type" when the message is empty). */
export function formatExceptionOnly(exc: PyException): string[] {
	const name = exceptionTypeName(exc.cls);
	if (exc.cls.isSubtypeOf(SyntaxError)) return formatSyntaxError(exc, name);
	const msg = safeStr(exc);
	let line = msg === '' ? name : `${name}: ${msg}`;
	const suggestion = rt.minor >= 10 ? computeSuggestion(exc) : null;
	if (suggestion) line += `. Did you mean: '${suggestion}'?`;
	const out = [line];
	if (exc.notes) for (const n of exc.notes) out.push(typeof n === 'string' ? n : P.str(n));
	return out;
}

function attrOf(exc: PyException, name: string): PyValue | undefined {
	return exc.dict ? (exc.dict as PyDict).getStr(name) : undefined;
}

function formatSyntaxError(exc: PyException, name: string): string[] {
	const msg = attrOf(exc, 'msg');
	const filename = attrOf(exc, 'filename');
	const lineno = attrOf(exc, 'lineno');
	const text = attrOf(exc, 'text');
	const offset = attrOf(exc, 'offset');
	const endOffset = attrOf(exc, 'end_offset');
	const endLineno = attrOf(exc, 'end_lineno');
	const out: string[] = [];
	if (typeof lineno === 'number') {
		out.push(`  File "${typeof filename === 'string' ? filename : '<string>'}", line ${lineno}`);
	}
	if (typeof text === 'string') {
		const raw = text.replace(/\n$/, '');
		const stripped = raw.replace(/^[ \t\f]+/, '');
		const lead = raw.length - stripped.length;
		const ltext = stripped.replace(/\s+$/, '');
		out.push(`    ${ltext}`);
		if (typeof offset === 'number' && offset >= 1) {
			let start = offset - 1 - lead;
			let end = typeof endOffset === 'number' && endOffset > 0 && (endLineno === lineno || endLineno === undefined || endLineno === None) ? endOffset - 1 - lead : start + 1;
			if (start < 0) start = 0;
			if (end <= start) end = start + 1;
			if (rt.minor < 10) end = start + 1;
			if (start <= ltext.length) out.push('    ' + ' '.repeat(start) + '^'.repeat(Math.max(1, end - start)));
		}
	}
	const m = typeof msg === 'string' ? msg : safeStr(exc);
	out.push(`${name}: ${m}`);
	return out;
}

/** Source line `line` (1-based) of a text, or null. */
function sourceLine(source: string | null, line: number): string | null {
	if (source === null) return null;
	let start = 0;
	for (let i = 1; i < line; i++) {
		const nl = source.indexOf('\n', start);
		if (nl < 0) return null;
		start = nl + 1;
	}
	let end = source.indexOf('\n', start);
	if (end < 0) end = source.length;
	return source.slice(start, end).replace(/\r$/, '');
}

function lineStartOffset(source: string, line: number): number {
	let start = 0;
	for (let i = 1; i < line; i++) {
		const nl = source.indexOf('\n', start);
		if (nl < 0) return -1;
		start = nl + 1;
	}
	return start;
}

/** The caret line under a failing expression (3.11+), or null when it would cover the whole line. */
function caretLine(e: TracebackEntry, raw: string): string | null {
	if (rt.minor < 11 || e.start < 0 || e.source === null) return null;
	const ls = lineStartOffset(e.source, e.line);
	if (ls < 0) return null;
	const stripped = raw.replace(/^\s+/, '');
	const indent = raw.length - stripped.length;
	const trimmedEnd = raw.replace(/\s+$/, '').length;
	let colStart = e.start - ls;
	let colEnd = e.end - ls;
	if (colEnd > raw.length || colEnd < colStart) colEnd = trimmedEnd;
	if (colStart < indent) colStart = indent;
	// Multi-line expressions: CPython 3.13 prints carets only for single-line segments here.
	if (e.end - ls > raw.length) colEnd = trimmedEnd;
	if (colStart === indent && colEnd >= trimmedEnd) return null;
	if (colEnd <= colStart) return null;
	return ' '.repeat(colStart) + '^'.repeat(colEnd - colStart);
}

/** Formats the "Traceback (most recent call last):" block of one exception. */
function formatTraceback(tb: TracebackEntry | null): string[] {
	const out: string[] = [];
	let last: TracebackEntry | null = null;
	let repeat = 0;
	const flushRepeat = (): void => {
		if (repeat > 3) {
			const n = repeat - 3;
			out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]`);
		}
	};
	for (let e = tb; e !== null; e = e.next) {
		if (e.hidden) continue;
		if (last && last.filename === e.filename && last.line === e.line && last.name === e.name) {
			repeat++;
			if (repeat > 3) continue;
		} else {
			flushRepeat();
			repeat = 1;
		}
		last = e;
		out.push(`  File "${e.filename}", line ${e.line}, in ${e.name}`);
		const raw = sourceLine(e.source, e.line);
		if (raw !== null && raw.trim() !== '') {
			out.push(`    ${raw.trim()}`);
			const carets = caretLine(e, raw);
			if (carets !== null) {
				const indent = raw.length - raw.replace(/^\s+/, '').length;
				out.push(`    ${carets.slice(indent)}`);
			}
		}
	}
	flushRepeat();
	return out;
}

/** The complete text CPython prints for an uncaught exception (with the chain). */
export function formatException(exc: PyException): string {
	const lines: string[] = [];
	const seen = new Set<PyException>();
	const emit = (e: PyException): void => {
		seen.add(e);
		if (e.cause !== null && !seen.has(e.cause)) {
			emit(e.cause);
			lines.push('', 'The above exception was the direct cause of the following exception:', '');
		} else if (e.context !== null && !e.suppressContext && !seen.has(e.context)) {
			emit(e.context);
			lines.push('', 'During handling of the above exception, another exception occurred:', '');
		}
		if (e.cls.isSubtypeOf(BaseExceptionGroup) && rt.minor >= 11) {
			formatGroup(e, lines, '');
			return;
		}
		if (e.traceback !== null && hasVisible(e.traceback)) {
			lines.push('Traceback (most recent call last):');
			lines.push(...formatTraceback(e.traceback));
		}
		lines.push(...formatExceptionOnly(e));
	};
	emit(exc);
	return lines.join('\n') + '\n';
}

function hasVisible(tb: TracebackEntry | null): boolean {
	for (let e = tb; e !== null; e = e.next) if (!e.hidden) return true;
	return false;
}

/** Exception groups print as a tree (traceback.py's TracebackException.format with _ctx). */
function formatGroup(e: PyException, lines: string[], margin: string): void {
	const pre = margin ? `${margin}| ` : '';
	const first = margin ? `${margin}+ ` : '  + ';
	if (e.traceback !== null) {
		lines.push(`${margin ? pre : '  | '}`.replace(/\| $/, '| ').replace(/^/, '') + 'Exception Group Traceback (most recent call last):');
		lines[lines.length - 1] = (margin ? margin + '| ' : '  + ') + 'Exception Group Traceback (most recent call last):';
		for (const l of formatTraceback(e.traceback)) lines.push((margin ? margin + '| ' : '  | ') + l);
	}
	void first;
	for (const l of formatExceptionOnly(e)) lines.push((margin ? margin + '| ' : '  | ') + l);
	const excs = (attrOf(e, 'exceptions') as { items?: PyValue[] } | undefined)?.items ?? [];
	const inner = margin ? margin + '  ' : '    ';
	excs.forEach((sub, i) => {
		const header = i === 0 ? `${inner}+---------------- ${i + 1} ----------------` : `${inner}+---------------- ${i + 1} ----------------`;
		lines.push(header);
		const subLines: string[] = [];
		if (sub instanceof PyException) {
			if (sub.cls.isSubtypeOf(BaseExceptionGroup)) formatGroup(sub, subLines, inner + '  ');
			else {
				if (sub.traceback !== null && hasVisible(sub.traceback)) {
					subLines.push('Traceback (most recent call last):');
					subLines.push(...formatTraceback(sub.traceback));
				}
				subLines.push(...formatExceptionOnly(sub));
			}
		}
		for (const l of subLines) lines.push(sub instanceof PyException && sub.cls.isSubtypeOf(BaseExceptionGroup) ? l : `${inner}| ${l}`);
	});
	if (excs.length) lines.push(`${inner}+------------------------------------`);
}

// ---------------------------------------------------------------------------------------------
// "Did you mean" (CPython's _compute_suggestion_error, Levenshtein-based).

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
	if (a === b) return 0;
	if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
	return MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
	if (a === b) return 0;
	let pre = 0;
	while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
	a = a.slice(pre);
	b = b.slice(pre);
	while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) {
		a = a.slice(0, -1);
		b = b.slice(0, -1);
	}
	if (!a.length || !b.length) return (a.length + b.length) * MOVE_COST;
	if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
	if (b.length < a.length) [a, b] = [b, a];
	if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
	const row = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE_COST);
	let result = 0;
	for (let bi = 0; bi < b.length; bi++) {
		const bc = b[bi]!;
		let distance = (result = bi * MOVE_COST);
		let minimum = Infinity;
		for (let ai = 0; ai < a.length; ai++) {
			const sub = distance + substitutionCost(a[ai]!, bc);
			distance = row[ai]!;
			const ins = distance + MOVE_COST;
			const del = result + MOVE_COST;
			result = Math.min(sub, ins, del);
			row[ai] = result;
			if (result < minimum) minimum = result;
		}
		if (minimum > maxCost) return maxCost + 1;
	}
	return result;
}

function bestMatch(wrong: string, candidates: string[]): string | null {
	if (candidates.length > MAX_CANDIDATE_ITEMS || wrong.length > MAX_STRING_SIZE) return null;
	let best: string | null = null;
	let bestDist: number | null = null;
	for (const c of [...new Set(candidates)].sort()) {
		if (c === wrong) continue;
		const maxDist = Math.floor(((wrong.length + c.length + 3) * MOVE_COST) / 6);
		const d = levenshtein(wrong, c, maxDist);
		if (d > maxDist) continue;
		if (bestDist === null || d < bestDist) {
			best = c;
			bestDist = d;
		}
	}
	return best;
}

/** Provider of the candidate names for a NameError raised in a frame (set by the runtime). */
export const suggestionHooks = {
	nameCandidates: null as ((exc: PyException) => string[]) | null,
};

function computeSuggestion(exc: PyException): string | null {
	const name = attrOf(exc, 'name');
	if (typeof name !== 'string') return null;
	if (exc.cls.isSubtypeOf(AttributeError)) {
		const obj = attrOf(exc, 'obj');
		if (obj === undefined) return null;
		let candidates: string[];
		try {
			candidates = dirOf(obj);
		} catch {
			return null;
		}
		return bestMatch(name, candidates);
	}
	if (exc.cls.isSubtypeOf(NameError)) {
		const cands = suggestionHooks.nameCandidates ? suggestionHooks.nameCandidates(exc) : [];
		const s = bestMatch(name, cands);
		if (s) return s;
		return null;
	}
	if (exc.cls.isSubtypeOf(ImportError) && rt.minor >= 12) return null;
	return null;
}

function dirOf(obj: PyValue): string[] {
	const out = new Set<string>();
	if (obj instanceof PyModule) {
		for (const k of obj.dict.keyList()) if (typeof k === 'string') out.add(k);
		return [...out];
	}
	if (typeof obj === 'object' && obj.dict) for (const k of (obj.dict as PyDict).keyList()) if (typeof k === 'string') out.add(k);
	const t = obj instanceof PyType ? obj : typeOf(obj);
	for (const c of t.mro) for (const k of c.ns.keys()) out.add(k);
	return [...out];
}
