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

// ---------------------------------------------------------------------------
// Character classes (Unicode data of the JS engine; CPython 3.13 uses Unicode 15.1)

/** Python's str.isspace() for one code point: bidirectional class WS, B or S, or category Zs. */
export function isPyWhitespaceCode(c: number): boolean {
	if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
	return (
		c === 0x85 ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}

/**
 * Code points with Numeric_Type=Digit (str.isdigit() true, isdecimal() false): superscripts, circled
 * digits... JS regexes cannot query Numeric_Type. Derived from unicodedata of CPython 3.13.
 */
const DIGIT_NOT_DECIMAL: ReadonlyArray<readonly [number, number]> = [
	[0xb2, 0xb3], [0xb9, 0xb9], [0x1369, 0x1371], [0x19da, 0x19da], [0x2070, 0x2070], [0x2074, 0x2079],
	[0x2080, 0x2089], [0x2460, 0x2468], [0x2474, 0x247c], [0x2488, 0x2490], [0x24ea, 0x24ea], [0x24f5, 0x24fd],
	[0x24ff, 0x24ff], [0x2776, 0x277e], [0x2780, 0x2788], [0x278a, 0x2792], [0x10a40, 0x10a43], [0x10e60, 0x10e68],
	[0x11052, 0x1105a], [0x1f100, 0x1f10a],
];

/** CJK ideographs with a numeric value (str.isnumeric() true outside category N). Derived from CPython 3.13. */
const NUMERIC_IDEOGRAPHS = new Set<number>([
	0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e24, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4eac,
	0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x4fe9, 0x5006, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341,
	0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff,
	0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62d0, 0x62fe, 0x634c, 0x67d2, 0x6d1e, 0x6f06, 0x7396, 0x767e, 0x7695, 0x79ed,
	0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x920e, 0x94a9, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973,
	0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c,
	0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
]);

/** True when c lies in one of the sorted inclusive ranges. */
function inRanges(c: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
	for (const [lo, hi] of ranges) {
		if (c < lo) return false;
		if (c <= hi) return true;
	}
	return false;
}

const RE_DECIMAL = /^\p{Nd}$/u;
const RE_NUMBER = /^\p{N}$/u;
const RE_ALPHA = /^\p{L}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
// U+0295 stopped being Lowercase in Unicode 16; CPython 3.13 has Unicode 15.1 (the engine may be newer).
const RE_LOWER = /^(?:\u0295|\p{Lowercase})$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_XID_START = /^\p{XID_Start}$/u;
const RE_XID_CONTINUE = /^\p{XID_Continue}$/u;

/** Per-code-point predicates behind the str.is*() methods. */
export const charClass = {
	isDecimal: (ch: string): boolean => RE_DECIMAL.test(ch),
	isDigit: (ch: string): boolean => RE_DECIMAL.test(ch) || inRanges(ch.codePointAt(0)!, DIGIT_NOT_DECIMAL),
	isNumeric: (ch: string): boolean => RE_NUMBER.test(ch) || NUMERIC_IDEOGRAPHS.has(ch.codePointAt(0)!),
	isAlpha: (ch: string): boolean => RE_ALPHA.test(ch),
	isAlnum: (ch: string): boolean => RE_ALPHA.test(ch) || charClass.isNumeric(ch),
	isSpace: (ch: string): boolean => isPyWhitespaceCode(ch.codePointAt(0)!),
	isUpper: (ch: string): boolean => RE_UPPER.test(ch),
	isLower: (ch: string): boolean => RE_LOWER.test(ch),
	isTitle: (ch: string): boolean => RE_TITLE.test(ch),
	isCased: (ch: string): boolean => RE_CASED.test(ch),
	isPrintable: (ch: string): boolean => isPrintableCodePoint(ch),
};

/** True when s is non-empty and every code point satisfies the predicate (the shape of most str.is*()). */
function allChars(s: string, predicate: (ch: string) => boolean): boolean {
	if (s.length === 0) return false;
	for (const ch of s) if (!predicate(ch)) return false;
	return true;
}

/** str.isdecimal(). */
export function isDecimal(s: string): boolean {
	return allChars(s, charClass.isDecimal);
}

/** str.isdigit(). */
export function isDigit(s: string): boolean {
	return allChars(s, charClass.isDigit);
}

/** str.isnumeric(). */
export function isNumeric(s: string): boolean {
	return allChars(s, charClass.isNumeric);
}

/** str.isalpha(). */
export function isAlpha(s: string): boolean {
	return allChars(s, charClass.isAlpha);
}

/** str.isalnum(). */
export function isAlnum(s: string): boolean {
	return allChars(s, charClass.isAlnum);
}

/** str.isspace(). */
export function isSpace(s: string): boolean {
	return allChars(s, charClass.isSpace);
}

/** str.isascii(): no UTF-16 code unit above U+007F. */
export function isAscii(s: string): boolean {
	return /^[^\u0080-\uffff]*$/.test(s);
}

/** str.isprintable() (true for the empty string). */
export function isPrintable(s: string): boolean {
	for (const ch of s) if (!isPrintableCodePoint(ch)) return false;
	return true;
}

/** str.isupper(): some cased character, none lowercase or titlecase. */
export function isUpper(s: string): boolean {
	let cased = false;
	for (const ch of s) {
		if (RE_LOWER.test(ch) || RE_TITLE.test(ch)) return false;
		if (!cased && RE_UPPER.test(ch)) cased = true;
	}
	return cased;
}

/** str.islower(): some cased character, none uppercase or titlecase. */
export function isLower(s: string): boolean {
	let cased = false;
	for (const ch of s) {
		if (RE_UPPER.test(ch) || RE_TITLE.test(ch)) return false;
		if (!cased && RE_LOWER.test(ch)) cased = true;
	}
	return cased;
}

/** str.istitle(): uppercase/titlecase only after uncased characters, lowercase only after cased ones. */
export function isTitle(s: string): boolean {
	let cased = false;
	let previousCased = false;
	for (const ch of s) {
		if (RE_UPPER.test(ch) || RE_TITLE.test(ch)) {
			if (previousCased) return false;
			previousCased = cased = true;
		} else if (RE_LOWER.test(ch)) {
			if (!previousCased) return false;
			previousCased = cased = true;
		} else previousCased = false;
	}
	return cased;
}

/** str.isidentifier(): XID_Start or '_' then XID_Continue (keywords are not checked, as in Python). */
export function isIdentifier(s: string): boolean {
	let first = true;
	for (const ch of s) {
		if (first ? !(ch === '_' || RE_XID_START.test(ch)) : !RE_XID_CONTINUE.test(ch)) return false;
		first = false;
	}
	return !first;
}

// ---------------------------------------------------------------------------
// Case mapping

/** The characters whose titlecase differs from their uppercase (the Latin DŽ/LJ/NJ/DZ digraphs). */
const TITLECASE_SPECIAL: Record<string, string> = {
	'\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5',
	'\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
	'\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb',
	'\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
};

const RE_UPPERCASE_LETTER = /^\p{Lu}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

/**
 * Full titlecase mapping of one code point. JS only has upper/lower, so the SpecialCasing
 * differences are rebuilt by rule: digraphs, Georgian (no titlecase), Greek with ypogegrammeni
 * (keeps the combining iota), and ligatures ('ß' -> 'Ss', 'ﬁ' -> 'Fi').
 */
export function toTitleChar(ch: string): string {
	const special = TITLECASE_SPECIAL[ch];
	if (special) return special;
	const c = ch.codePointAt(0)!;
	if ((c >= 0x10d0 && c <= 0x10fa) || (c >= 0x10fd && c <= 0x10ff)) return ch;
	if (c >= 0x1f80 && c <= 0x1faf) return String.fromCodePoint(c | 8);
	if (c === 0x1fb3 || c === 0x1fc3 || c === 0x1ff3) return String.fromCodePoint(c + 9);
	if (c === 0x1fbc || c === 0x1fcc || c === 0x1ffc) return ch;
	const upperCh = upperText(ch);
	const parts = [...upperCh];
	if (parts.length === 1) return upperCh;
	// Greek letters with iota subscript: the uppercase spells the iota out, the titlecase keeps U+0345.
	if (c >= 0x1f00 && c <= 0x1fff && parts[parts.length - 1] === '\u0399') return parts.slice(0, -1).join('') + '\u0345';
	// Ligatures: only the first letter is capitalised ('ŉ' -> 'ʼN' starts with a modifier and stays upper).
	if (RE_UPPERCASE_LETTER.test(parts[0])) return parts[0] + parts.slice(1).join('').toLowerCase();
	return upperCh;
}

/**
 * Lowercase of chars[i] in context: a capital sigma becomes final 'ς' when preceded by a cased
 * letter and not followed by one, case-ignorable characters skipped (Unicode's Final_Sigma, as CPython).
 */
function lowerInContext(chars: string[], i: number): string {
	const ch = chars[i];
	if (ch !== '\u03a3') return ch.toLowerCase();
	let j = i - 1;
	while (j >= 0 && RE_CASE_IGNORABLE.test(chars[j])) j--;
	let finalSigma = j >= 0 && RE_CASED.test(chars[j]);
	if (finalSigma) {
		j = i + 1;
		while (j < chars.length && RE_CASE_IGNORABLE.test(chars[j])) j++;
		finalSigma = j === chars.length || !RE_CASED.test(chars[j]);
	}
	return finalSigma ? '\u03c2' : '\u03c3';
}

/** str.lower() (full mappings and final sigma, from the JS engine). */
export function lower(s: string): string {
	return s.toLowerCase();
}

/** Small letters that got an uppercase partner after Unicode 15.1 (CPython 3.13 leaves them alone). */
const UPPERLESS_IN_15_1 = /[\u019b\u0264\ua7d3\ua7d5]/u;

/** Uppercase of a run of text, minus the mappings newer than Unicode 15.1. */
function upperText(s: string): string {
	if (!UPPERLESS_IN_15_1.test(s)) return s.toUpperCase();
	let out = '';
	for (const ch of s) out += UPPERLESS_IN_15_1.test(ch) ? ch : ch.toUpperCase();
	return out;
}

/** str.upper(). */
export function upper(s: string): string {
	return upperText(s);
}

/** str.title(): titlecase after an uncased character, lowercase after a cased one. */
export function title(s: string): string {
	const chars = codePoints(s);
	let out = '';
	let previousCased = false;
	for (let i = 0; i < chars.length; i++) {
		out += previousCased ? lowerInContext(chars, i) : toTitleChar(chars[i]);
		previousCased = RE_CASED.test(chars[i]);
	}
	return out;
}

/** str.capitalize(): first character titlecased (uppercased before 3.8), the rest lowercased. */
export function capitalize(s: string, minor = 13): string {
	if (s.length === 0) return s;
	const chars = codePoints(s);
	let out = minor >= 8 ? toTitleChar(chars[0]) : upperText(chars[0]);
	for (let i = 1; i < chars.length; i++) out += lowerInContext(chars, i);
	return out;
}

/** str.swapcase(): uppercase letters lowered, lowercase ones raised, per code point. */
export function swapcase(s: string): string {
	const chars = codePoints(s);
	let out = '';
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i];
		if (RE_UPPER.test(ch)) out += lowerInContext(chars, i);
		else if (RE_LOWER.test(ch)) out += upperText(ch);
		else out += ch;
	}
	return out;
}

/**
 * str.casefold(), approximated per code point as lower(upper(c)), which yields full case folding for
 * nearly all characters ('ß' -> 'ss', 'ς' -> 'σ'); the exceptions (Cherokee folds to capitals, 'ı', 'ẞ')
 * are handled apart.
 */
export function casefold(s: string): string {
	let out = '';
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		if (c < 0x80) out += ch.toLowerCase();
		else if ((c >= 0xab70 && c <= 0xabbf) || (c >= 0x13f8 && c <= 0x13fd)) out += ch.toUpperCase();
		else if ((c >= 0x13a0 && c <= 0x13f5) || c === 0x131) out += ch; // Cherokee capitals and dotless i fold to themselves
		else if (c === 0x1e9e) out += 'ss'; // capital sharp s
		else out += ch.toUpperCase().toLowerCase();
	}
	return out;
}

// ---------------------------------------------------------------------------
// Splitting and stripping

/** Code points of the strip set, or null for "whitespace". */
function stripSet(chars: string | null): ((ch: string) => boolean) {
	if (chars === null) return (ch) => isPyWhitespaceCode(ch.codePointAt(0)!);
	const set = new Set(codePoints(chars));
	return (ch) => set.has(ch);
}

/** Start offset (UTF-16) after the leading characters matching the predicate. */
function leadingEnd(s: string, matches: (ch: string) => boolean): number {
	let i = 0;
	while (i < s.length) {
		const ch = String.fromCodePoint(s.codePointAt(i)!);
		if (!matches(ch)) break;
		i += ch.length;
	}
	return i;
}

/** End offset (UTF-16) before the trailing characters matching the predicate. */
function trailingStart(s: string, matches: (ch: string) => boolean, floor = 0): number {
	let j = s.length;
	while (j > floor) {
		const low = s.charCodeAt(j - 1);
		const size = low >= 0xdc00 && low <= 0xdfff && j - 2 >= floor && isPairAt(s, j - 2) ? 2 : 1;
		if (!matches(s.slice(j - size, j))) break;
		j -= size;
	}
	return j;
}

/** str.strip(chars=None). */
export function strip(s: string, chars: string | null = null): string {
	const matches = stripSet(chars);
	const start = leadingEnd(s, matches);
	return s.slice(start, trailingStart(s, matches, start));
}

/** str.lstrip(chars=None). */
export function lstrip(s: string, chars: string | null = null): string {
	return s.slice(leadingEnd(s, stripSet(chars)));
}

/** str.rstrip(chars=None). */
export function rstrip(s: string, chars: string | null = null): string {
	return s.slice(0, trailingStart(s, stripSet(chars)));
}

/** True when the UTF-16 unit at i is Python whitespace (all Python whitespace is in the BMP). */
function isSpaceAt(s: string, i: number): boolean {
	return isPyWhitespaceCode(s.charCodeAt(i));
}

/** str.split(sep=None, maxsplit=-1). */
export function split(s: string, sep: string | null = null, maxsplit = -1): string[] {
	if (sep === null) return splitWhitespace(s, maxsplit);
	if (sep.length === 0) pyThrow('ValueError', 'empty separator');
	const result: string[] = [];
	let start = 0;
	let splits = 0;
	while (maxsplit < 0 || splits < maxsplit) {
		const found = s.indexOf(sep, start);
		if (found < 0) break;
		result.push(s.slice(start, found));
		start = found + sep.length;
		splits++;
	}
	result.push(s.slice(start));
	return result;
}

/** str.split() without separator: runs of whitespace, no empty strings. */
function splitWhitespace(s: string, maxsplit: number): string[] {
	const result: string[] = [];
	const n = s.length;
	let i = 0;
	let splits = 0;
	for (;;) {
		while (i < n && isSpaceAt(s, i)) i++;
		if (i >= n) break;
		if (maxsplit >= 0 && splits >= maxsplit) {
			// The remainder keeps its trailing whitespace, as in CPython.
			result.push(s.slice(i));
			break;
		}
		const start = i;
		while (i < n && !isSpaceAt(s, i)) i++;
		result.push(s.slice(start, i));
		splits++;
	}
	return result;
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function rsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
	if (maxsplit < 0) return split(s, sep, -1);
	if (sep === null) return rsplitWhitespace(s, maxsplit);
	if (sep.length === 0) pyThrow('ValueError', 'empty separator');
	const result: string[] = [];
	let end = s.length;
	let splits = 0;
	while (splits < maxsplit) {
		const found = end - sep.length >= 0 ? s.lastIndexOf(sep, end - sep.length) : -1;
		if (found < 0) break;
		result.push(s.slice(found + sep.length, end));
		end = found;
		splits++;
	}
	result.push(s.slice(0, end));
	return result.reverse();
}

/** str.rsplit() without separator, from the right. */
function rsplitWhitespace(s: string, maxsplit: number): string[] {
	const result: string[] = [];
	let i = s.length;
	let splits = 0;
	for (;;) {
		while (i > 0 && isSpaceAt(s, i - 1)) i--;
		if (i <= 0) break;
		if (splits >= maxsplit) {
			result.push(s.slice(0, i));
			break;
		}
		const end = i;
		while (i > 0 && !isSpaceAt(s, i - 1)) i--;
		result.push(s.slice(i, end));
		splits++;
	}
	return result.reverse();
}

/** Line boundaries of str.splitlines(): \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 (and \r\n as one). */
function isLineBreak(c: number): boolean {
	return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** str.splitlines(keepends=False). */
export function splitlines(s: string, keepends = false): string[] {
	const result: string[] = [];
	let start = 0;
	let i = 0;
	while (i < s.length) {
		const c = s.charCodeAt(i);
		if (!isLineBreak(c)) {
			i++;
			continue;
		}
		const lineEnd = i;
		i += c === 0x0d && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
		result.push(s.slice(start, keepends ? i : lineEnd));
		start = i;
	}
	if (start < s.length) result.push(s.slice(start));
	return result;
}

/** str.partition(sep). */
export function partition(s: string, sep: string): [string, string, string] {
	if (sep.length === 0) pyThrow('ValueError', 'empty separator');
	const i = s.indexOf(sep);
	if (i < 0) return [s, '', ''];
	return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** str.rpartition(sep). */
export function rpartition(s: string, sep: string): [string, string, string] {
	if (sep.length === 0) pyThrow('ValueError', 'empty separator');
	const i = s.lastIndexOf(sep);
	if (i < 0) return ['', '', s];
	return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ---------------------------------------------------------------------------
// Padding

/** str.center(width, fill): CPython puts the extra space on the left when width is odd. */
export function center(s: string, width: number, fill = ' '): string {
	const length = pyLen(s);
	if (length >= width) return s;
	const margin = width - length;
	const left = Math.floor(margin / 2) + (margin & width & 1);
	return fill.repeat(left) + s + fill.repeat(margin - left);
}

/** str.ljust(width, fill). */
export function ljust(s: string, width: number, fill = ' '): string {
	const length = pyLen(s);
	return length >= width ? s : s + fill.repeat(width - length);
}

/** str.rjust(width, fill). */
export function rjust(s: string, width: number, fill = ' '): string {
	const length = pyLen(s);
	return length >= width ? s : fill.repeat(width - length) + s;
}

/** str.zfill(width): zeros after any leading sign. */
export function zfill(s: string, width: number): string {
	const length = pyLen(s);
	if (length >= width) return s;
	const zeros = '0'.repeat(width - length);
	if (s[0] === '+' || s[0] === '-') return s[0] + zeros + s.slice(1);
	return zeros + s;
}

/** str.expandtabs(tabsize=8): columns restart after \n and \r. */
export function expandtabs(s: string, tabsize = 8): string {
	let out = '';
	let column = 0;
	for (const ch of s) {
		if (ch === '\t') {
			if (tabsize > 0) {
				const spaces = tabsize - (column % tabsize);
				out += ' '.repeat(spaces);
				column += spaces;
			}
		} else {
			out += ch;
			column = ch === '\n' || ch === '\r' ? 0 : column + 1;
		}
	}
	return out;
}

// ---------------------------------------------------------------------------
// Searching (start/end are Python code-point indices, None -> null)

/** Clamps start/end like CPython's ADJUST_INDICES (start may stay beyond the length). */
function adjustIndices(length: number, start: number | null, end: number | null): [number, number] {
	let b = start ?? 0;
	let e = end ?? length;
	if (e > length) e = length;
	else if (e < 0) e = Math.max(0, e + length);
	if (b < 0) b = Math.max(0, b + length);
	return [b, e];
}

/** Prepares a search: the haystack and needle as code-point-indexable strings when surrogates are present. */
function searchSpace(s: string, start: number | null, end: number | null): { text: string; b: number; e: number; toCp: (unit: number) => number } {
	const length = pyLen(s);
	const [b, e] = adjustIndices(length, start, end);
	if (length === s.length) return { text: s, b, e, toCp: (u) => u };
	// Translate code-point bounds to UTF-16 offsets; results are translated back.
	const ub = b > length ? s.length + (b - length) : codePointToUnitIndex(s, b);
	const ue = codePointToUnitIndex(s, e);
	return { text: s, b: ub, e: ue, toCp: (u) => unitToCodePointIndex(s, u) };
}

/** str.find(sub, start, end): lowest code-point index or -1. */
export function find(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	const { text, b, e, toCp } = searchSpace(s, start, end);
	if (e - b < sub.length) return -1;
	const i = text.indexOf(sub, b);
	return i < 0 || i + sub.length > e ? -1 : toCp(i);
}

/** str.rfind(sub, start, end): highest code-point index or -1. */
export function rfind(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	const { text, b, e, toCp } = searchSpace(s, start, end);
	if (e - b < sub.length) return -1;
	const i = text.lastIndexOf(sub, e - sub.length);
	return i < b ? -1 : toCp(i);
}

/** str.index(sub, start, end): like find but ValueError when absent. */
export function index(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	const i = find(s, sub, start, end);
	if (i < 0) pyThrow('ValueError', 'substring not found');
	return i;
}

/** str.rindex(sub, start, end). */
export function rindex(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	const i = rfind(s, sub, start, end);
	if (i < 0) pyThrow('ValueError', 'substring not found');
	return i;
}

/** str.count(sub, start, end): non-overlapping occurrences. */
export function count(s: string, sub: string, start: number | null = null, end: number | null = null): number {
	const { text, b, e } = searchSpace(s, start, end);
	if (e - b < sub.length) return 0;
	if (sub.length === 0) {
		// One empty match per code point position in [b, e].
		return unitToCodePointIndex(text, e) - unitToCodePointIndex(text, b) + 1;
	}
	let n = 0;
	for (let i = text.indexOf(sub, b); i >= 0 && i + sub.length <= e; i = text.indexOf(sub, i + sub.length)) n++;
	return n;
}

/** str.startswith(prefix, start, end) for one prefix (the caller loops over a tuple). */
export function startswith(s: string, prefix: string, start: number | null = null, end: number | null = null): boolean {
	const { text, b, e } = searchSpace(s, start, end);
	if (e - prefix.length < b) return false;
	return text.startsWith(prefix, b);
}

/** str.endswith(suffix, start, end) for one suffix. */
export function endswith(s: string, suffix: string, start: number | null = null, end: number | null = null): boolean {
	const { text, b, e } = searchSpace(s, start, end);
	if (e - suffix.length < b) return false;
	return text.startsWith(suffix, e - suffix.length);
}

/** str.replace(old, new, count=-1), code-point aware for the empty pattern. */
export function replace(s: string, old: string, replacement: string, maxCount = -1): string {
	if (maxCount === 0) return s;
	if (old.length === 0) {
		// Insert before every code point and at the end, up to maxCount times.
		const chars = codePoints(s);
		let out = '';
		let inserted = 0;
		for (let i = 0; i <= chars.length; i++) {
			if (maxCount < 0 || inserted < maxCount) {
				out += replacement;
				inserted++;
			}
			if (i < chars.length) out += chars[i];
		}
		return out;
	}
	if (maxCount < 0) return s.split(old).join(replacement);
	let out = '';
	let start = 0;
	for (let n = 0; n < maxCount; n++) {
		const i = s.indexOf(old, start);
		if (i < 0) break;
		out += s.slice(start, i) + replacement;
		start = i + old.length;
	}
	return out + s.slice(start);
}

// ---------------------------------------------------------------------------
// translate / maketrans

/**
 * str.translate core: `lookup(codePoint)` returns the replacement text, null to delete the
 * character, or undefined to keep it (the interpreter maps LookupError to undefined).
 */
export function translate(s: string, lookup: (codePoint: number) => string | null | undefined): string {
	let out = '';
	for (const ch of s) {
		const mapped = lookup(ch.codePointAt(0)!);
		if (mapped === undefined) out += ch;
		else if (mapped !== null) out += mapped;
	}
	return out;
}

/** str.maketrans(x, y, z) with strings: code point -> code point (or null for deletion). */
export function maketrans(from: string, to: string, deletions = ''): Map<number, number | null> {
	const fromChars = codePoints(from);
	const toChars = codePoints(to);
	if (fromChars.length !== toChars.length) pyThrow('ValueError', 'the first two maketrans arguments must have equal length');
	const table = new Map<number, number | null>();
	fromChars.forEach((ch, i) => table.set(ch.codePointAt(0)!, toChars[i].codePointAt(0)!));
	for (const ch of deletions) table.set(ch.codePointAt(0)!, null);
	return table;
}
