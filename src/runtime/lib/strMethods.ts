/*
 * strMethods.ts
 * Python str semantics on JS strings: code-point indexing, repr/ascii, and the str methods whose rules differ from JS.
 */

import { pyThrow } from './errors';

// ---------------------------------------------------------------------------
// Code points: Python indexes strings by code point, JS by UTF-16 unit.

const SURROGATE = /[\uD800-\uDFFF]/;

/** True when s contains any surrogate unit, i.e. when JS and Python indices may differ. */
export function hasSurrogates(s: string): boolean {
	return SURROGATE.test(s);
}

/** len(s) in code points (a lone surrogate counts as one, as in Python). */
export function pyLen(s: string): number {
	if (!hasSurrogates(s)) return s.length;
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
			const d = s.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) i++;
		}
		n++;
	}
	return n;
}

/** Splits s into code points (each a string of one or two UTF-16 units). */
export function codePoints(s: string): string[] {
	return Array.from(s);
}

/** Normalizes Python slice bounds to [start, stop, step, length] for a sequence of `length` items (slice.indices). */
export function sliceIndices(
	length: number,
	start: number | null,
	stop: number | null,
	step: number | null = null,
): [number, number, number] {
	const st = step ?? 1;
	if (st === 0) pyThrow('ValueError', 'slice step cannot be zero');
	const lower = st < 0 ? -1 : 0;
	const upper = st < 0 ? length - 1 : length;
	const clamp = (v: number | null, dflt: number): number => {
		if (v === null) return dflt;
		if (v < 0) return Math.max(v + length, lower);
		return Math.min(v, upper);
	};
	return [clamp(start, st < 0 ? upper : lower), clamp(stop, st < 0 ? lower : upper), st];
}

/** s[start:stop:step] by code point; null bounds mean "omitted". */
export function pySlice(s: string, start: number | null, stop: number | null, step: number | null = null): string {
	const fast = !hasSurrogates(s);
	const units = fast ? null : codePoints(s);
	const length = fast ? s.length : units!.length;
	const [b, e, st] = sliceIndices(length, start, stop, step);
	if (st === 1) return fast ? s.slice(b, Math.max(b, e)) : units!.slice(b, Math.max(b, e)).join('');
	let out = '';
	if (st > 0) for (let i = b; i < e; i += st) out += fast ? s[i] : units![i];
	else for (let i = b; i > e; i += st) out += fast ? s[i] : units![i];
	return out;
}

/** s[i] by code point with Python's negative index rule; throws IndexError out of range. */
export function pyCharAt(s: string, index: number): string {
	const fast = !hasSurrogates(s);
	const units = fast ? null : codePoints(s);
	const length = fast ? s.length : units!.length;
	const i = index < 0 ? index + length : index;
	if (i < 0 || i >= length) pyThrow('IndexError', 'string index out of range');
	return fast ? s[i] : units![i];
}

/** Converts a code-point index into a UTF-16 offset in s. */
export function codePointToUnitIndex(s: string, cpIndex: number): number {
	if (!hasSurrogates(s)) return cpIndex;
	let unit = 0;
	for (let n = 0; n < cpIndex && unit < s.length; n++) unit += isPairAt(s, unit) ? 2 : 1;
	return unit;
}

/** Converts a UTF-16 offset in s into a code-point index. */
export function unitToCodePointIndex(s: string, unitIndex: number): number {
	if (!hasSurrogates(s)) return unitIndex;
	let n = 0;
	for (let unit = 0; unit < unitIndex; n++) unit += isPairAt(s, unit) ? 2 : 1;
	return n;
}

/** True when a valid surrogate pair starts at UTF-16 offset i. */
function isPairAt(s: string, i: number): boolean {
	const c = s.charCodeAt(i);
	if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
	const d = s.charCodeAt(i + 1);
	return d >= 0xdc00 && d <= 0xdfff;
}

// ---------------------------------------------------------------------------
// repr() and ascii()

/** Characters Python considers non-printable: categories Cc Cf Cs Co Cn Zl Zp Zs (space excepted). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** str.isprintable() for a single code point. */
export function isPrintableCodePoint(ch: string): boolean {
	return ch === ' ' || !NON_PRINTABLE.test(ch);
}

/** Formats a code point as \xhh, \uhhhh or \Uhhhhhhhh, as Python's repr does. */
function hexEscape(code: number): string {
	if (code <= 0xff) return '\\x' + code.toString(16).padStart(2, '0');
	if (code <= 0xffff) return '\\u' + code.toString(16).padStart(4, '0');
	return '\\U' + code.toString(16).padStart(8, '0');
}

const PLAIN_ASCII_REPR = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** repr(s) for a str: quote choice, backslash escapes, non-printables hex-escaped, printable Unicode kept. */
export function strRepr(s: string, asciiOnly = false): string {
	// Fast path: printable ASCII without quotes or backslashes needs no escaping.
	if (PLAIN_ASCII_REPR.test(s)) return "'" + s + "'";
	const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
	let out = quote;
	for (const ch of s) {
		const code = ch.codePointAt(0)!;
		if (ch === quote || ch === '\\') out += '\\' + ch;
		else if (ch === '\t') out += '\\t';
		else if (ch === '\n') out += '\\n';
		else if (ch === '\r') out += '\\r';
		else if (code < 0x20 || code === 0x7f) out += hexEscape(code);
		else if (code < 0x7f) out += ch;
		else if (!asciiOnly && isPrintableCodePoint(ch)) out += ch;
		else out += hexEscape(code);
	}
	return out + quote;
}

/** ascii(s) for a str: like repr but every non-ASCII character escaped. */
export function strAscii(s: string): string {
	return strRepr(s, true);
}
