/*
 * re.ts
 * The re module on JavaScript's RegExp: Python patterns are translated to the JS dialect
 * ((?P<name>...) groups, \A \Z, Python's `$` and `.`, Unicode \d \w, {,n}, verbose mode, inline
 * flags at the start) and run with the 'u' and 'd' flags for exact group spans. Matching follows
 * Python's rules for pos/endpos, empty matches (3.7+), sub() templates and split().
 * Not supported (raise re.error): scoped inline flags (?i:...), conditionals (?(1)...),
 * possessive quantifiers and atomic groups, bytes patterns, locale flag.
 */

import { PyObject, PyType, PyValue, Kwargs, None, True, False, pyBool, typeType, objectType } from '../objects/object';
import { typeError, valueError, indexError, PyException, Exception as ExceptionType, newException } from '../objects/exceptions';
import { PyDict, PyList, PyTuple, newTuple } from '../objects/containers';
import { PyModule, PyBuiltin } from '../objects/function';
import { PyIteratorBase, call, repr, typeName, toIndex, isTrue, newInstanceDict } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { hasSurrogates, unitToCodePointIndex, codePointToUnitIndex } from '../lib/strMethods';
import { registerModule, defFunction } from './registry';
import { method, getset, bindArgs, noKw, checkPositional } from '../types/util';
import { moduleType, moduleIterType } from './common';

export const I = 2;
export const L = 4;
export const M = 8;
export const S = 16;
export const U = 32;
export const X = 64;
export const A = 256;

/** re.error (re.PatternError in 3.13). */
const patternErrorType = new PyType(typeType, 'PatternError', [ExceptionType], new Map(), { module: 're' });
patternErrorType.hasInstanceDict = true;
const errorType = new PyType(typeType, 'error', [ExceptionType], new Map(), { module: 're' });
errorType.hasInstanceDict = true;
/** re.error of the emulated version (named PatternError from 3.13). */
export function reErrorType(): PyType {
	return rt.minor >= 13 ? patternErrorType : errorType;
}

function reErr(msg: string): PyException {
	const e = newException(reErrorType(), msg);
	e.dict = newInstanceDict();
	(e.dict as PyDict).setStr('msg', msg);
	(e.dict as PyDict).setStr('pattern', None);
	(e.dict as PyDict).setStr('pos', None);
	return e;
}

// ---------------------------------------------------------------------------------------------
// Translation

interface Translated {
	source: string;
	flags: number;
	groups: number;
	names: Map<string, number>;
}

const JS_SYNTAX = '^$\\.*+?()[]{}|/';
const translations = new Map<string, Translated>();

function translate(pattern: string, flags: number): Translated {
	const key = `${flags}:${pattern}`;
	const cached = translations.get(key);
	if (cached) return cached;
	let p = pattern;
	// Leading global inline flags: (?aiLmsux)
	for (;;) {
		const m = /^\(\?([aiLmsux]+)\)/.exec(p);
		if (!m) break;
		for (const ch of m[1]) flags |= { a: A, i: I, L: L, m: M, s: S, u: U, x: X }[ch as 'a'];
		p = p.slice(m[0].length);
	}
	const verbose = (flags & X) !== 0;
	const ascii = (flags & A) !== 0;
	let out = '';
	let groups = 0;
	const names = new Map<string, number>();
	let i = 0;
	let inClass = false;
	let classStart = false;
	const n = p.length;
	while (i < n) {
		const c = p[i];
		if (inClass) {
			if (c === '\\') {
				const e = p[i + 1];
				if (e === undefined) throw reErr('bad escape (end of pattern)');
				i += 2;
				if (e === 'd') out += ascii ? '0-9' : '\\p{Nd}';
				else if (e === 'D') out += ascii ? '\\D' : '\\P{Nd}';
				else if (e === 'w') out += ascii ? 'A-Za-z0-9_' : '\\p{L}\\p{N}_';
				else if (e === 'W' || e === 's' || e === 'S') out += '\\' + e;
				else if (e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v') out += '\\' + e;
				else if (e === 'a') out += '\\x07';
				else if (e === 'b') out += '\\x08';
				else if (e === 'x' || e === 'u' || e === 'U') {
					const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
					const hex = p.slice(i, i + len);
					if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw reErr(`incomplete escape \\${e}${hex}`);
					out += `\\u{${parseInt(hex, 16).toString(16)}}`;
					i += len;
				} else if (/[0-7]/.test(e)) {
					let oct = e;
					while (oct.length < 3 && /[0-7]/.test(p[i] ?? '')) oct += p[i++];
					out += `\\u{${parseInt(oct, 8).toString(16)}}`;
				} else if (/[A-Za-z]/.test(e)) throw reErr(`bad escape \\${e}`);
				else if (JS_SYNTAX.includes(e) || e === '-') out += '\\' + e;
				else out += e;
				classStart = false;
				continue;
			}
			if (c === ']' && !classStart) {
				inClass = false;
				out += ']';
				i++;
				continue;
			}
			if (c === '[') out += '\\[';
			else if (c === ']') out += '\\]';
			else out += c;
			classStart = classStart && c === '^';
			i++;
			continue;
		}
		if (verbose) {
			if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
				i++;
				continue;
			}
			if (c === '#') {
				while (i < n && p[i] !== '\n') i++;
				continue;
			}
		}
		switch (c) {
			case '\\': {
				const e = p[i + 1];
				if (e === undefined) throw reErr('bad escape (end of pattern)');
				i += 2;
				if (e === 'A') out += '(?<![\\s\\S])';
				else if (e === 'Z') out += '(?![\\s\\S])';
				else if (e === 'd') out += ascii ? '[0-9]' : '\\p{Nd}';
				else if (e === 'D') out += ascii ? '[^0-9]' : '\\P{Nd}';
				else if (e === 'w') out += ascii ? '[A-Za-z0-9_]' : '[\\p{L}\\p{N}_]';
				else if (e === 'W') out += ascii ? '[^A-Za-z0-9_]' : '[^\\p{L}\\p{N}_]';
				else if ('sSbBnrtfv'.includes(e)) out += '\\' + e;
				else if (e === 'a') out += '\\x07';
				else if (e === 'x' || e === 'u' || e === 'U') {
					const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
					const hex = p.slice(i, i + len);
					if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw reErr(`incomplete escape \\${e}${hex}`);
					out += `\\u{${parseInt(hex, 16).toString(16)}}`;
					i += len;
				} else if (e === '0') {
					let oct = '0';
					while (oct.length < 3 && /[0-7]/.test(p[i] ?? '')) oct += p[i++];
					out += `\\u{${parseInt(oct, 8).toString(16)}}`;
				} else if (/[1-9]/.test(e)) {
					let num = e;
					if (/[0-9]/.test(p[i] ?? '')) num += p[i++];
					out += `\\${num}(?:)`;
				} else if (/[A-Za-z]/.test(e)) throw reErr(`bad escape \\${e}`);
				else if (JS_SYNTAX.includes(e)) out += '\\' + e;
				else out += e;
				continue;
			}
			case '[':
				inClass = true;
				classStart = true;
				out += '[';
				i++;
				if (p[i] === '^') {
					out += '^';
					i++;
				}
				if (p[i] === ']') {
					out += '\\]';
					i++;
				}
				classStart = false;
				continue;
			case '(': {
				if (p[i + 1] === '?') {
					const rest = p.slice(i + 2);
					let m: RegExpExecArray | null;
					if ((m = /^P<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest))) {
						groups++;
						names.set(m[1], groups);
						out += `(?<${m[1]}>`;
						i += 2 + m[0].length;
						continue;
					}
					if ((m = /^P=([A-Za-z_][A-Za-z0-9_]*)\)/.exec(rest))) {
						out += `\\k<${m[1]}>`;
						i += 2 + m[0].length;
						continue;
					}
					if (rest.startsWith('#')) {
						const end = p.indexOf(')', i);
						if (end < 0) throw reErr('missing ), unterminated comment');
						i = end + 1;
						continue;
					}
					if (rest.startsWith(':') || rest.startsWith('=') || rest.startsWith('!') || rest.startsWith('<=') || rest.startsWith('<!')) {
						const len = rest.startsWith('<') ? 3 : 2;
						out += p.slice(i, i + 1 + len);
						i += 1 + len;
						continue;
					}
					if ((m = /^<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest)) && rt.minor >= 14) {
						groups++;
						names.set(m[1], groups);
						out += `(?<${m[1]}>`;
						i += 2 + m[0].length;
						continue;
					}
					throw reErr(`unsupported pattern syntax (?${rest.slice(0, 1)} in this runtime`);
				}
				groups++;
				out += '(';
				i++;
				continue;
			}
			case '.':
				out += (flags & S) !== 0 ? '[\\s\\S]' : '[^\\n]';
				i++;
				continue;
			case '$':
				out += (flags & M) !== 0 ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
				i++;
				continue;
			case '^':
				out += (flags & M) !== 0 ? '(?<=^|\\n)' : '(?<![\\s\\S])';
				i++;
				continue;
			case '{': {
				const m = /^\{(\d*)(,?)(\d*)\}/.exec(p.slice(i));
				if (m && (m[1] !== '' || m[3] !== '' ) && !(m[1] === '' && m[2] === '')) {
					out += `{${m[1] === '' ? '0' : m[1]}${m[2]}${m[3]}}`;
					i += m[0].length;
					if (p[i] === '+') throw reErr('possessive quantifiers are not supported in this runtime');
					continue;
				}
				out += '\\{';
				i++;
				continue;
			}
			case '}':
				out += '\\}';
				i++;
				continue;
			case ']':
				out += '\\]';
				i++;
				continue;
			case '/':
				out += '\\/';
				i++;
				continue;
			case '*':
			case '+':
			case '?':
				out += c;
				i++;
				if (p[i] === '+') throw reErr('possessive quantifiers are not supported in this runtime');
				continue;
			default:
				out += c;
				i++;
		}
	}
	if (inClass) throw reErr(`unterminated character set at position ${p.lastIndexOf('[')}`);
	const t: Translated = { source: out, flags, groups, names };
	translations.set(key, t);
	return t;
}

// ---------------------------------------------------------------------------------------------
// Pattern and Match objects

export class PyPattern extends PyObject {
	re: RegExp;
	full: RegExp;
	constructor(
		public pattern: string,
		public t: Translated
	) {
		super(patternType);
		const jsFlags = 'dgu' + ((t.flags & I) !== 0 ? 'i' : '');
		try {
			this.re = new RegExp(t.source, jsFlags);
			this.full = new RegExp(`(?:${t.source})(?![\\s\\S])`, jsFlags.replace('g', 'y'));
		} catch (e) {
			throw reErr(String((e as Error).message).replace(/^Invalid regular expression: /, ''));
		}
	}
}

export class PyMatch extends PyObject {
	constructor(
		public pat: PyPattern,
		public string: string,
		public m: RegExpExecArray,
		public pos: number,
		public endpos: number
	) {
		super(matchType);
	}
	/** [start, end] of group g in code units, or [-1, -1]. */
	spanUnits(g: number): [number, number] {
		const ind = this.m.indices?.[g];
		return ind ? [ind[0], ind[1]] : [-1, -1];
	}
	group(g: number): PyValue {
		const v = this.m[g];
		return v === undefined ? None : v;
	}
}

const patternType = moduleType('re', 'Pattern');
const matchType = moduleType('re', 'Match');
const scannerType = moduleIterType('re', 'callable_iterator');

function cpIndex(s: string, unit: number): number {
	return unit < 0 ? -1 : hasSurrogates(s) ? unitToCodePointIndex(s, unit) : unit;
}
function unitIndex(s: string, cp: number): number {
	return hasSurrogates(s) ? codePointToUnitIndex(s, cp) : cp;
}

function strArg(v: PyValue | undefined, what = 'string'): string {
	if (typeof v === 'string') return v;
	if (v !== undefined && typeof v === 'object' && v.cls.name === 'bytes') throw typeError('cannot use a string pattern on a bytes-like object');
	throw typeError(`expected string or bytes-like object, got '${v === undefined ? 'NoneType' : typeName(v)}'`);
	void what;
}

function bounds(s: string, pos: PyValue | undefined, endpos: PyValue | undefined): [number, number] {
	const len = hasSurrogates(s) ? [...s].length : s.length;
	let p = pos === undefined ? 0 : Number(toIndex(pos));
	let e = endpos === undefined || endpos === None ? len : Number(toIndex(endpos));
	if (p < 0) p = 0;
	if (p > len) p = len;
	if (e < p) e = p;
	if (e > len) e = len;
	return [unitIndex(s, p), unitIndex(s, e)];
}

function doSearch(pat: PyPattern, s: string, pos: number, endpos: number, mode: 'search' | 'match' | 'full'): PyMatch | null {
	const sub = endpos < s.length ? s.slice(0, endpos) : s;
	let m: RegExpExecArray | null;
	if (mode === 'full') {
		pat.full.lastIndex = pos;
		m = pat.full.exec(sub);
	} else if (mode === 'match') {
		const sticky = new RegExp(pat.re.source, pat.re.flags.replace('g', 'y'));
		sticky.lastIndex = pos;
		m = sticky.exec(sub);
	} else {
		pat.re.lastIndex = pos;
		m = pat.re.exec(sub);
	}
	if (m === null) return null;
	return new PyMatch(pat, s, m, pos, endpos);
}

/** All non-overlapping matches from pos (Python 3.7+ empty-match rules, like JS's global exec loop). */
function* allMatches(pat: PyPattern, s: string, pos: number, endpos: number): Generator<PyMatch> {
	const sub = endpos < s.length ? s.slice(0, endpos) : s;
	const re = new RegExp(pat.re.source, pat.re.flags);
	re.lastIndex = pos;
	for (;;) {
		if (re.lastIndex > sub.length) return;
		const m = re.exec(sub);
		if (m === null) return;
		if (m[0] === '') {
			const c = sub.charCodeAt(re.lastIndex);
			re.lastIndex += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
		}
		yield new PyMatch(pat, s, m, pos, endpos);
	}
}

function groupIndex(mo: PyMatch, g: PyValue): number {
	if (typeof g === 'string') {
		const idx = mo.pat.t.names.get(g);
		if (idx === undefined) throw indexError('no such group');
		return idx;
	}
	let i: number;
	try {
		i = Number(toIndex(g));
	} catch {
		throw indexError('no such group');
	}
	if (i < 0 || i > mo.pat.t.groups) throw indexError('no such group');
	return i;
}

/** Parses a sub() replacement template into literal and group parts. */
function parseTemplate(pat: PyPattern, repl: string): (string | number)[] {
	const parts: (string | number)[] = [];
	let lit = '';
	for (let i = 0; i < repl.length; i++) {
		const c = repl[i];
		if (c !== '\\') {
			lit += c;
			continue;
		}
		const e = repl[i + 1];
		if (e === undefined) throw reErr(`bad escape (end of pattern) at position ${i}`);
		if (e === 'g') {
			const m = /^<([^>]*)>/.exec(repl.slice(i + 2));
			if (!m) throw reErr(`missing <, unterminated name at position ${i + 2}`);
			const name = m[1];
			let idx: number;
			if (/^\d+$/.test(name)) idx = Number(name);
			else {
				const gi = pat.t.names.get(name);
				if (gi === undefined) throw newException(indexError('').cls, `unknown group name '${name}'`);
				idx = gi;
			}
			if (idx > pat.t.groups) throw reErr(`invalid group reference ${idx} at position ${i + 3}`);
			parts.push(lit, idx);
			lit = '';
			i += 2 + m[0].length - 1;
			continue;
		}
		if (/[0-9]/.test(e)) {
			let num = e;
			if (/[0-9]/.test(repl[i + 2] ?? '')) num += repl[i + 2];
			const idx = Number(num);
			if (idx > pat.t.groups) throw reErr(`invalid group reference ${idx} at position ${i + 1}`);
			parts.push(lit, idx);
			lit = '';
			i += num.length;
			continue;
		}
		const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };
		if (esc[e] !== undefined) lit += esc[e];
		else if (/[A-Za-z]/.test(e)) throw reErr(`bad escape \\${e} at position ${i}`);
		else lit += '\\' + e;
		i++;
	}
	parts.push(lit);
	return parts;
}

function expand(mo: PyMatch, parts: (string | number)[]): string {
	let out = '';
	for (const p of parts) {
		if (typeof p === 'string') out += p;
		else out += mo.m[p] ?? '';
	}
	return out;
}

function subImpl(pat: PyPattern, repl: PyValue, s: string, count: number): [string, number] {
	const parts = typeof repl === 'string' ? parseTemplate(pat, repl) : null;
	let out = '';
	let last = 0;
	let n = 0;
	for (const mo of allMatches(pat, s, 0, s.length)) {
		if (count > 0 && n >= count) break;
		const [st, en] = mo.spanUnits(0);
		out += s.slice(last, st);
		if (parts) out += expand(mo, parts);
		else {
			const r = call(repl, [mo]);
			if (typeof r !== 'string') throw typeError(`expected str instance, ${typeName(r)} found`);
			out += r;
		}
		last = en;
		n++;
	}
	out += s.slice(last);
	return [out, n];
}

function splitImpl(pat: PyPattern, s: string, maxsplit: number): PyList {
	const out: PyValue[] = [];
	let last = 0;
	let n = 0;
	for (const mo of allMatches(pat, s, 0, s.length)) {
		if (maxsplit > 0 && n >= maxsplit) break;
		const [st, en] = mo.spanUnits(0);
		out.push(s.slice(last, st));
		for (let g = 1; g <= pat.t.groups; g++) out.push(mo.group(g));
		last = en;
		n++;
	}
	out.push(s.slice(last));
	return new PyList(out);
}

function findallImpl(pat: PyPattern, s: string, pos: number, endpos: number): PyList {
	const out: PyValue[] = [];
	const g = pat.t.groups;
	for (const mo of allMatches(pat, s, pos, endpos)) {
		if (g === 0) out.push(mo.m[0]);
		else if (g === 1) out.push(mo.m[1] ?? '');
		else {
			const items: PyValue[] = [];
			for (let k = 1; k <= g; k++) items.push(mo.m[k] ?? '');
			out.push(new PyTuple(items));
		}
	}
	return new PyList(out);
}

class Scanner extends PyIteratorBase {
	constructor(public it: Generator<PyMatch>) {
		super(scannerType);
	}
	nextValue(): PyValue | undefined {
		const r = this.it.next();
		return r.done ? undefined : r.value;
	}
}

// ---------------------------------------------------------------------------------------------
// Pattern methods

const P = (args: PyValue[]): PyPattern => {
	const p = args[0];
	if (!(p instanceof PyPattern)) throw typeError(`descriptor requires a 're.Pattern' object but received '${typeName(p)}'`);
	return p;
};

for (const [name, mode] of [
	['search', 'search'],
	['match', 'match'],
	['fullmatch', 'full'],
] as const) {
	method(patternType, name, (args, kwargs) => {
		const pat = P(args);
		const [string, pos, endpos] = bindArgs({ name, params: ['string', 'pos', 'endpos'], required: 1 }, args, kwargs, 1);
		const s = strArg(string);
		const [p, e] = bounds(s, pos, endpos);
		return doSearch(pat, s, p, e, mode) ?? None;
	});
}
method(patternType, 'findall', (args, kwargs) => {
	const pat = P(args);
	const [string, pos, endpos] = bindArgs({ name: 'findall', params: ['string', 'pos', 'endpos'], required: 1 }, args, kwargs, 1);
	const s = strArg(string);
	const [p, e] = bounds(s, pos, endpos);
	return findallImpl(pat, s, p, e);
});
method(patternType, 'finditer', (args, kwargs) => {
	const pat = P(args);
	const [string, pos, endpos] = bindArgs({ name: 'finditer', params: ['string', 'pos', 'endpos'], required: 1 }, args, kwargs, 1);
	const s = strArg(string);
	const [p, e] = bounds(s, pos, endpos);
	return new Scanner(allMatches(pat, s, p, e));
});
method(patternType, 'sub', (args, kwargs) => {
	const pat = P(args);
	const [repl, string, count] = bindArgs({ name: 'sub', params: ['repl', 'string', 'count'], required: 2 }, args, kwargs, 1);
	return subImpl(pat, repl!, strArg(string), count === undefined ? 0 : Number(toIndex(count)))[0];
});
method(patternType, 'subn', (args, kwargs) => {
	const pat = P(args);
	const [repl, string, count] = bindArgs({ name: 'subn', params: ['repl', 'string', 'count'], required: 2 }, args, kwargs, 1);
	const [s, n] = subImpl(pat, repl!, strArg(string), count === undefined ? 0 : Number(toIndex(count)));
	return newTuple([s, n]);
});
method(patternType, 'split', (args, kwargs) => {
	const pat = P(args);
	const [string, maxsplit] = bindArgs({ name: 'split', params: ['string', 'maxsplit'], required: 1 }, args, kwargs, 1);
	return splitImpl(pat, strArg(string), maxsplit === undefined ? 0 : Number(toIndex(maxsplit)));
});
getset(patternType, 'pattern', (v) => (v as PyPattern).pattern);
getset(patternType, 'flags', (v) => (v as PyPattern).t.flags | U);
getset(patternType, 'groups', (v) => (v as PyPattern).t.groups);
getset(patternType, 'groupindex', (v) => {
	const d = new PyDict();
	for (const [k, i] of (v as PyPattern).t.names) d.setStr(k, i);
	return d;
});
function flagsRepr(flags: number): string {
	const names: string[] = [];
	for (const [bit, name] of [
		[I, 're.IGNORECASE'],
		[L, 're.LOCALE'],
		[M, 're.MULTILINE'],
		[S, 're.DOTALL'],
		[X, 're.VERBOSE'],
		[A, 're.ASCII'],
	] as const) {
		if (flags & bit) names.push(name);
	}
	return names.join('|');
}
method(patternType, '__repr__', (args) => {
	const p = P(args);
	const f = flagsRepr(p.t.flags);
	return f ? `re.compile(${repr(p.pattern)}, ${f})` : `re.compile(${repr(p.pattern)})`;
});
method(patternType, '__eq__', (args) => {
	const a = P(args);
	const b = args[1];
	return pyBool(b instanceof PyPattern && a.pattern === b.pattern && a.t.flags === b.t.flags);
});
method(patternType, '__hash__', (args) => {
	const p = P(args);
	let h = 0;
	for (let i = 0; i < p.pattern.length; i++) h = (Math.imul(h, 31) + p.pattern.charCodeAt(i)) | 0;
	return h ^ p.t.flags;
});

// ---------------------------------------------------------------------------------------------
// Match methods

const Mt = (args: PyValue[]): PyMatch => args[0] as PyMatch;

method(matchType, 'group', (args) => {
	const mo = Mt(args);
	if (args.length <= 2) return mo.group(args.length === 1 ? 0 : groupIndex(mo, args[1]));
	return new PyTuple(args.slice(1).map((g) => mo.group(groupIndex(mo, g))));
});
method(matchType, '__getitem__', (args) => Mt(args).group(groupIndex(Mt(args), args[1])));
method(matchType, 'groups', (args, kwargs) => {
	const mo = Mt(args);
	const [dflt] = bindArgs({ name: 'groups', params: ['default'] }, args, kwargs, 1);
	const out: PyValue[] = [];
	for (let g = 1; g <= mo.pat.t.groups; g++) {
		const v = mo.m[g];
		out.push(v === undefined ? (dflt ?? None) : v);
	}
	return new PyTuple(out);
});
method(matchType, 'groupdict', (args, kwargs) => {
	const mo = Mt(args);
	const [dflt] = bindArgs({ name: 'groupdict', params: ['default'] }, args, kwargs, 1);
	const d = new PyDict();
	for (const [name, g] of mo.pat.t.names) {
		const v = mo.m[g];
		d.setStr(name, v === undefined ? (dflt ?? None) : v);
	}
	return d;
});
for (const name of ['start', 'end', 'span'] as const) {
	method(matchType, name, (args, kwargs) => {
		noKw(name, kwargs);
		checkPositional(name, args, 0, 1, 1);
		const mo = Mt(args);
		const g = args.length > 1 ? groupIndex(mo, args[1]) : 0;
		const [s, e] = mo.spanUnits(g);
		const cs = cpIndex(mo.string, s);
		const ce = cpIndex(mo.string, e);
		if (name === 'start') return cs;
		if (name === 'end') return ce;
		return newTuple([cs, ce]);
	});
}
method(matchType, 'expand', (args) => {
	const mo = Mt(args);
	return expand(mo, parseTemplate(mo.pat, strArg(args[1])));
});
getset(matchType, 'string', (v) => (v as PyMatch).string);
getset(matchType, 're', (v) => (v as PyMatch).pat);
getset(matchType, 'pos', (v) => cpIndex((v as PyMatch).string, (v as PyMatch).pos));
getset(matchType, 'endpos', (v) => cpIndex((v as PyMatch).string, (v as PyMatch).endpos));
getset(matchType, 'lastindex', (v) => {
	const mo = v as PyMatch;
	let best = -1;
	let bestEnd = -1;
	for (let g = 1; g <= mo.pat.t.groups; g++) {
		const [, e] = mo.spanUnits(g);
		if (e >= 0 && e > bestEnd) {
			best = g;
			bestEnd = e;
		}
	}
	return best < 0 ? None : best;
});
getset(matchType, 'lastgroup', (v) => {
	const mo = v as PyMatch;
	let best = -1;
	let bestEnd = -1;
	for (let g = 1; g <= mo.pat.t.groups; g++) {
		const [, e] = mo.spanUnits(g);
		if (e >= 0 && e > bestEnd) {
			best = g;
			bestEnd = e;
		}
	}
	if (best < 0) return None;
	for (const [name, g] of mo.pat.t.names) if (g === best) return name;
	return None;
});
method(matchType, '__repr__', (args) => {
	const mo = Mt(args);
	const [s, e] = mo.spanUnits(0);
	return `<re.Match object; span=(${cpIndex(mo.string, s)}, ${cpIndex(mo.string, e)}), match=${repr(mo.m[0])}>`;
});
method(matchType, '__bool__', () => True);

// ---------------------------------------------------------------------------------------------
// Module

function compilePattern(pattern: PyValue, flags: PyValue | undefined): PyPattern {
	if (pattern instanceof PyPattern) {
		if (flags !== undefined && isTrue(flags)) throw valueError('cannot process flags argument with a compiled pattern');
		return pattern;
	}
	if (typeof pattern !== 'string') {
		if (typeof pattern === 'object' && pattern.cls.name === 'bytes') throw reErr('bytes patterns are not supported by this runtime');
		throw typeError('first argument must be string or compiled pattern');
	}
	const f = flags === undefined ? 0 : Number(toIndex(flags));
	if (f & L) throw valueError('cannot use LOCALE flag with a str pattern');
	return new PyPattern(pattern, translate(pattern, f));
}

const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

registerModule('re', (m: PyModule) => {
	const d = m.dict;
	for (const [name, v] of [
		['I', I],
		['IGNORECASE', I],
		['L', L],
		['LOCALE', L],
		['M', M],
		['MULTILINE', M],
		['S', S],
		['DOTALL', S],
		['U', U],
		['UNICODE', U],
		['X', X],
		['VERBOSE', X],
		['A', A],
		['ASCII', A],
		['NOFLAG', 0],
	] as const) {
		d.setStr(name, v);
	}
	d.setStr('error', reErrorType());
	if (rt.minor >= 13) d.setStr('PatternError', reErrorType());
	d.setStr('Pattern', patternType);
	d.setStr('Match', matchType);
	defFunction(m, 'compile', (args, kwargs) => {
		const [pattern, flags] = bindArgs({ name: 'compile', params: ['pattern', 'flags'], required: 1 }, args, kwargs);
		return compilePattern(pattern!, flags);
	});
	for (const [name, mode] of [
		['search', 'search'],
		['match', 'match'],
		['fullmatch', 'full'],
	] as const) {
		defFunction(m, name, (args, kwargs) => {
			const [pattern, string, flags] = bindArgs({ name, params: ['pattern', 'string', 'flags'], required: 2 }, args, kwargs);
			const pat = compilePattern(pattern!, flags);
			const s = strArg(string);
			return doSearch(pat, s, 0, s.length, mode) ?? None;
		});
	}
	defFunction(m, 'findall', (args, kwargs) => {
		const [pattern, string, flags] = bindArgs({ name: 'findall', params: ['pattern', 'string', 'flags'], required: 2 }, args, kwargs);
		const s = strArg(string);
		return findallImpl(compilePattern(pattern!, flags), s, 0, s.length);
	});
	defFunction(m, 'finditer', (args, kwargs) => {
		const [pattern, string, flags] = bindArgs({ name: 'finditer', params: ['pattern', 'string', 'flags'], required: 2 }, args, kwargs);
		const s = strArg(string);
		return new Scanner(allMatches(compilePattern(pattern!, flags), s, 0, s.length));
	});
	defFunction(m, 'sub', (args, kwargs) => {
		const [pattern, repl, string, count, flags] = bindArgs(
			{ name: 'sub', params: ['pattern', 'repl', 'string', 'count', 'flags'], required: 3 },
			args,
			kwargs
		);
		return subImpl(compilePattern(pattern!, flags), repl!, strArg(string), count === undefined ? 0 : Number(toIndex(count)))[0];
	});
	defFunction(m, 'subn', (args, kwargs) => {
		const [pattern, repl, string, count, flags] = bindArgs(
			{ name: 'subn', params: ['pattern', 'repl', 'string', 'count', 'flags'], required: 3 },
			args,
			kwargs
		);
		const [s, n] = subImpl(compilePattern(pattern!, flags), repl!, strArg(string), count === undefined ? 0 : Number(toIndex(count)));
		return newTuple([s, n]);
	});
	defFunction(m, 'split', (args, kwargs) => {
		const [pattern, string, maxsplit, flags] = bindArgs(
			{ name: 'split', params: ['pattern', 'string', 'maxsplit', 'flags'], required: 2 },
			args,
			kwargs
		);
		return splitImpl(compilePattern(pattern!, flags), strArg(string), maxsplit === undefined ? 0 : Number(toIndex(maxsplit)));
	});
	defFunction(m, 'escape', (args) => {
		const s = args[0];
		if (typeof s !== 'string') throw typeError('expected a string');
		let out = '';
		for (const ch of s) out += SPECIAL.has(ch) ? '\\' + ch : ch;
		return out;
	});
	defFunction(m, 'purge', () => None);
});

void PyBuiltin;
void objectType;
void False;
void (null as unknown as Kwargs);
