/*
 * str.ts
 * The str type on JS strings: construction, indexing/slicing by code point, operators
 * (+, *, %, comparisons, in), and every public method including format/format_map (strFormat.ts).
 */

import { PyValue, PyType, Kwargs, None, NotImplemented, True, False, pyBool, PyBoxed, strType, typeOf, PyFloat, PyObject } from '../objects/object';
import { typeError, valueError, indexError, PyException, LookupError, IndexError, KeyError, MemoryError, OverflowError } from '../objects/exceptions';
import { PyList, PyTuple, PyDict, PySlice, newTuple, tupleType } from '../objects/containers';
import {
	toArray,
	getIter,
	iterNext,
	typeName,
	newInstanceDict,
	CmpOp,
	str as pyStr,
	repr as pyRepr,
	getItem,
	toIndex,
	callSpecial,
	isTrue,
} from '../objects/protocol';
import { asInt, asFloatExact, intToFloatChecked } from '../objects/numeric';
import * as I from '../lib/intOps';
import {
	hasSurrogates,
	pyLen,
	pySlice,
	pyCharAt,
	codePointToUnitIndex,
	unitToCodePointIndex,
	strRepr,
	strAscii,
	isPrintableCodePoint,
	codePoints,
	isAscii,
} from '../lib/strMethods';
import { formatStr } from '../lib/formatSpec';
import { percentFormat, PercentHooks } from '../lib/percentFormat';
import { isPyWhitespaceCode } from '../lib/intOps';
import { rt } from '../objects/runtimeState';
import { method, setNew, bindArgs, posOnly, exactlyOne, noArgs, checkPositional, staticMethod, noKw, methodSince } from './util';
import { sliceBounds, indexKey, repeatCount, seqMulFallback, seqRmulMethods, cantMultiply } from './seqUtil';
import { PyStrIter } from './iterators';
import { encodeStr, decodeBytes, bytesLike } from './bytes';
import { strFormat, strFormatMap } from './strFormat';
import { toInt } from './int';
import { strHash } from './strHash';
import { toFloat } from './float';

/** The JS string of a str or str-subclass value. */
export function strVal(v: PyValue): string {
	if (typeof v === 'string') return v;
	if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
	throw typeError(`descriptor requires a 'str' object but received a '${typeName(v)}'`);
}

/** The string of an argument that must be a str, or undefined. */
export function asStr(v: PyValue): string | undefined {
	if (typeof v === 'string') return v;
	if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
	return undefined;
}

function argStr(v: PyValue, fname: string, argn = 1, clinicSince = 13): string {
	const s = asStr(v);
	if (s === undefined) {
		throw typeError(rt.minor >= clinicSince ? `${fname}() argument ${argn} must be str, not ${typeName(v)}` : `must be str, not ${typeName(v)}`);
	}
	return s;
}

setNew(strType, (args, kwargs) => {
	const cls = args[0] as PyType;
	if (args.length === 2 && kwargs === null && cls === strType) {
		const x = args[1];
		return typeof x === 'string' ? x : pyStr(x);
	}
	if (args.length > 4)
		throw typeError(
			rt.minor >= 13 ? `str expected at most 3 arguments, got ${args.length - 1}` : `str() takes at most 3 arguments (${args.length - 1} given)`
		);
	const [obj, encoding, errors] = bindArgs({ name: 'str', params: ['object', 'encoding', 'errors'] }, args, kwargs, 1);
	let s: string;
	if (encoding === undefined && errors === undefined) s = obj === undefined ? '' : pyStr(obj);
	else {
		if (encoding !== undefined && asStr(encoding) === undefined)
			throw typeError(`str() argument ${rt.minor >= 10 ? "'encoding'" : '2'} must be str, not ${typeName(encoding)}`);
		if (errors !== undefined && asStr(errors) === undefined)
			throw typeError(`str() argument ${rt.minor >= 10 ? "'errors'" : '3'} must be str, not ${typeName(errors)}`);
		if (obj === undefined) s = '';
		else {
			const b = bytesLike(obj);
			if (b === null) {
				if (asStr(obj) !== undefined) throw typeError('decoding str is not supported');
				throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
			}
			s = decodeBytes(b, (encoding as string) ?? 'utf-8', (errors as string) ?? 'strict');
		}
	}
	if (cls === strType) return s;
	const o = new PyBoxed(cls, s);
	if (cls.hasInstanceDict) o.dict = newInstanceDict();
	return o;
});

// ---------------------------------------------------------------------------------------------
// Dunders.

method(strType, '__repr__', (args) => strRepr(strVal(args[0])));
method(strType, '__str__', (args) => strVal(args[0]));
method(strType, '__hash__', (args) => strHash(strVal(args[0])));
method(strType, '__len__', (args) => pyLen(strVal(args[0])));
method(strType, '__iter__', (args) => {
	const s = strVal(args[0]);
	return new PyStrIter(s, hasSurrogates(s));
});
method(strType, '__contains__', (args) => {
	const s = strVal(args[0]);
	const x = asStr(args[1]);
	if (x === undefined) throw typeError(`'in <string>' requires string as left operand, not ${typeName(args[1])}`);
	return pyBool(s.includes(x));
});

export function strGetItem(s: string, key: PyValue): string {
	if (typeof key === 'number') {
		if (!hasSurrogates(s)) {
			const i = key < 0 ? key + s.length : key;
			if (i < 0 || i >= s.length) throw indexError('string index out of range');
			return s[i];
		}
		return pyCharAt(s, key);
	}
	if (key instanceof PySlice) {
		const n = pyLen(s);
		const [start, stop, step] = sliceBounds(key, n);
		if (step === 1 && !hasSurrogates(s)) return s.slice(start, Math.max(start, stop));
		return pySlice(s, start, stop < 0 && step < 0 ? null : stop, step);
	}
	const i = indexKey(key);
	if (i === null)
		throw typeError(rt.minor >= 11 ? `string indices must be integers, not '${typeName(key)}'` : 'string indices must be integers');
	return pyCharAt(s, i);
}
method(strType, '__getitem__', (args) => strGetItem(strVal(args[0]), args[1]));
method(strType, '__add__', (args) => {
	const o = asStr(args[1]);
	if (o === undefined) return NotImplemented;
	return strVal(args[0]) + o;
});
const strMul = (args: PyValue[], reflected = false): PyValue => {
	const n = repeatCount(args[1]);
	if (n === null) {
		if (reflected) cantMultiply(args[1]);
		return seqMulFallback(args[0], args[1]);
	}
	const s = strVal(args[0]);
	if (n <= 0 || s.length === 0) return '';
	if (s.length * n > 5e8) throw newMemoryError();
	return s.repeat(n);
};
function newMemoryError(): PyException {
	return new PyException(MemoryError, []);
}
method(strType, '__mul__', (args) => strMul(args));
seqRmulMethods.add(method(strType, '__rmul__', (args) => strMul(args, true)));

/** Python's code-point order comparison of two JS strings. */
export function strCompare(a: string, b: string): number {
	if (a === b) return 0;
	if (!hasSurrogates(a) && !hasSurrogates(b)) return a < b ? -1 : 1;
	const ca = codePoints(a);
	const cb = codePoints(b);
	const n = Math.min(ca.length, cb.length);
	for (let i = 0; i < n; i++) {
		const x = ca[i].codePointAt(0)!;
		const y = cb[i].codePointAt(0)!;
		if (x !== y) return x < y ? -1 : 1;
	}
	return ca.length - cb.length;
}
const CMPS: [string, CmpOp][] = [
	['__lt__', CmpOp.Lt],
	['__le__', CmpOp.Le],
	['__eq__', CmpOp.Eq],
	['__ne__', CmpOp.Ne],
	['__gt__', CmpOp.Gt],
	['__ge__', CmpOp.Ge],
];
for (const [name, op] of CMPS) {
	method(strType, name, (args) => {
		const b = asStr(args[1]);
		if (b === undefined) return NotImplemented;
		const c = strCompare(strVal(args[0]), b);
		switch (op) {
			case CmpOp.Lt:
				return pyBool(c < 0);
			case CmpOp.Le:
				return pyBool(c <= 0);
			case CmpOp.Eq:
				return pyBool(c === 0);
			case CmpOp.Ne:
				return pyBool(c !== 0);
			case CmpOp.Gt:
				return pyBool(c > 0);
			case CmpOp.Ge:
				return pyBool(c >= 0);
		}
	});
}

/** Hooks for printf-style formatting. */
export const percentHooks: PercentHooks<PyValue> = {
	// PyUnicode_Format writes an exact int for %s and %r itself, without PyObject_Str/Repr and
	// their recursion guard (`'%s' % n`; with a width, and in 3.11 with several arguments, it
	// calls them: not modelled).
	str: (v) => (typeof v === 'number' ? String(v) : pyStr(v)),
	repr: (v) => (typeof v === 'number' ? String(v) : pyRepr(v)),
	ascii: (v) => strAscii(pyRepr(v)).slice(1, -1).replace(/\\\\/g, '\\'),
	typeName: (v) => typeName(v),
	toInt: (v) => {
		const i = asInt(v);
		if (i !== undefined) return i;
		const f = asFloatExact(v);
		if (f !== undefined) return I.floatTrunc(f);
		if (typeof v === 'object' && (v.cls.lookup('__int__') !== undefined || v.cls.lookup('__index__') !== undefined)) return toInt(v);
		return null;
	},
	toIndex: (v) => {
		const i = asInt(v);
		if (i !== undefined) return i;
		if (typeof v === 'object' && v.cls.lookup('__index__') !== undefined) return toIndex(v);
		return null;
	},
	toFloat: (v) => {
		if (v instanceof PyFloat) return v.value;
		const i = asInt(v);
		if (i !== undefined) return intToFloatChecked(i);
		const f = asFloatExact(v);
		if (f !== undefined) return f;
		if (typeof v === 'object' && (v.cls.lookup('__float__') !== undefined || v.cls.lookup('__index__') !== undefined)) return toFloat(v);
		return null;
	},
	asStr: (v) => asStr(v) ?? null,
	asExactInt: (v) => (typeof v === 'number' || typeof v === 'bigint' ? v : v === True ? 1 : v === False ? 0 : null),
};

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiOf(v: PyValue): string {
	const r = pyRepr(v);
	let out = '';
	for (const ch of r) {
		const c = ch.codePointAt(0)!;
		if (c < 0x80) out += ch;
		else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
		else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
		else out += '\\U' + c.toString(16).padStart(8, '0');
	}
	return out;
}
percentHooks.ascii = asciiOf;

/** fmt % args. */
export function strPercent(fmt: string, args: PyValue): string {
	let tupleItems: PyValue[] | null = null;
	let getItemFn: ((k: string) => PyValue) | undefined;
	if (args instanceof PyTuple) tupleItems = args.items;
	else if (asStr(args) === undefined && typeOf(args).lookup('__getitem__') !== undefined) {
		getItemFn = (k: string) => getItem(args, k);
	}
	return percentFormat(fmt, { value: args, tupleItems, getItem: getItemFn }, percentHooks, { minor: rt.minor });
}
method(strType, '__mod__', (args) => strPercent(strVal(args[0]), args[1]));
method(strType, '__rmod__', () => NotImplemented);
method(strType, '__format__', (args) => {
	const spec = asStr(args[1]);
	if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeName(args[1])}`);
	return formatStr(strVal(args[0]), spec, { minor: rt.minor, typeName: typeName(args[0]) });
});
method(strType, '__getnewargs__', (args) => newTuple([strVal(args[0])]));
method(strType, '__sizeof__', (args) => 49 + strVal(args[0]).length);

// ---------------------------------------------------------------------------------------------
// Case and predicates.

const RE_LOWER = /\p{Lowercase}/u;
const RE_UPPER = /\p{Uppercase}/u;
const RE_TITLE = /\p{Lt}/u;

function isCasedChar(ch: string): boolean {
	return RE_LOWER.test(ch) || RE_UPPER.test(ch) || RE_TITLE.test(ch);
}
function titleChar(ch: string): string {
	const u = ch.toUpperCase();
	// Titlecase digraphs (DŽ/Dž/dž etc.) have a dedicated titlecase form.
	const special: Record<string, string> = { 'ǆ': 'ǅ', 'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǉ': 'ǈ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǌ': 'ǋ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǳ': 'ǲ', 'Ǳ': 'ǲ', 'ǲ': 'ǲ' };
	if (special[ch]) return special[ch];
	if (ch === 'ß') return 'Ss';
	if (u.length > 1 && ch.length === 1 && ch.charCodeAt(0) >= 0xfb00 && ch.charCodeAt(0) <= 0xfb06) return u[0] + u.slice(1).toLowerCase();
	return u;
}

export function strTitle(s: string): string {
	let out = '';
	let prevCased = false;
	for (const ch of s) {
		out += prevCased ? ch.toLowerCase() : titleChar(ch);
		prevCased = isCasedChar(ch);
	}
	return out;
}

export function strCapitalize(s: string): string {
	if (s === '') return s;
	const first = String.fromCodePoint(s.codePointAt(0)!);
	const rest = s.slice(first.length);
	return (rt.minor >= 8 ? titleChar(first) : first.toUpperCase()) + rest.toLowerCase();
}

export function strSwapcase(s: string): string {
	let out = '';
	for (const ch of s) {
		if (RE_UPPER.test(ch)) out += ch.toLowerCase();
		else if (RE_LOWER.test(ch)) out += ch.toUpperCase();
		else out += ch;
	}
	return out;
}

export function strCasefold(s: string): string {
	return s
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/ς/g, 'σ')
		.replace(/ſ/g, 's')
		.replace(/ﬀ/g, 'ff')
		.replace(/ﬁ/g, 'fi')
		.replace(/ﬂ/g, 'fl')
		.replace(/ﬅ|ﬆ/g, 'st');
}

const RE_ALPHA = /^\p{L}+$/u;
const RE_DECIMAL = /^\p{Nd}+$/u;
const RE_DIGIT = /^[\p{Nd}\u00B2\u00B3\u00B9\u1369-\u1371\u19DA\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247C\u2488-\u2490\u24EA\u24F5-\u24FD\u24FF\u2776-\u277E\u2780-\u2788\u278A-\u2792\u{10A40}-\u{10A43}\u{1F100}-\u{1F10A}]+$/u;
const RE_NUMERIC = /^[\p{N}\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u5104\u5146\u96F6\u58F9\u8CB3\u53C3\u8086\u4F0D\u9678\u67D2\u634C\u7396\u62FE\u4F70\u4EDF]+$/u;
const RE_IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

export function strIsSpace(s: string): boolean {
	if (s.length === 0) return false;
	for (let i = 0; i < s.length; i++) if (!isPyWhitespaceCode(s.charCodeAt(i))) return false;
	return true;
}
function isAlnumChar(ch: string): boolean {
	return RE_ALPHA.test(ch) || RE_DIGIT.test(ch) || RE_NUMERIC.test(ch);
}

const predicates: Record<string, (s: string) => boolean> = {
	isalpha: (s) => RE_ALPHA.test(s),
	isdecimal: (s) => RE_DECIMAL.test(s),
	isdigit: (s) => RE_DIGIT.test(s),
	isnumeric: (s) => RE_NUMERIC.test(s),
	isalnum: (s) => {
		if (s.length === 0) return false;
		for (const ch of s) if (!isAlnumChar(ch)) return false;
		return true;
	},
	isspace: strIsSpace,
	isascii: isAscii,
	isidentifier: (s) => RE_IDENT.test(s.normalize('NFKC')),
	isprintable: (s) => {
		for (const ch of s) if (!isPrintableCodePoint(ch)) return false;
		return true;
	},
	isupper: (s) => {
		let cased = false;
		for (const ch of s) {
			if (RE_LOWER.test(ch) || RE_TITLE.test(ch)) return false;
			if (RE_UPPER.test(ch)) cased = true;
		}
		return cased;
	},
	islower: (s) => {
		let cased = false;
		for (const ch of s) {
			if (RE_UPPER.test(ch) || RE_TITLE.test(ch)) return false;
			if (RE_LOWER.test(ch)) cased = true;
		}
		return cased;
	},
	istitle: (s) => {
		let cased = false;
		let prevCased = false;
		for (const ch of s) {
			if (RE_UPPER.test(ch) || RE_TITLE.test(ch)) {
				if (prevCased) return false;
				prevCased = true;
				cased = true;
			} else if (RE_LOWER.test(ch)) {
				if (!prevCased) return false;
				prevCased = true;
				cased = true;
			} else prevCased = false;
		}
		return cased;
	},
};
for (const name of Object.keys(predicates)) {
	const f = predicates[name];
	method(strType, name, (args, kwargs) => {
		noArgs(`str.${name}`, args, kwargs);
		return pyBool(f(strVal(args[0])));
	});
}

const simple: Record<string, (s: string) => string> = {
	upper: (s) => s.toUpperCase(),
	lower: (s) => s.toLowerCase(),
	title: strTitle,
	capitalize: strCapitalize,
	swapcase: strSwapcase,
	casefold: strCasefold,
};
for (const name of Object.keys(simple)) {
	const f = simple[name];
	method(strType, name, (args, kwargs) => {
		noArgs(`str.${name}`, args, kwargs);
		return f(strVal(args[0]));
	});
}

// ---------------------------------------------------------------------------------------------
// Searching.

/** Slice-style bounds of start/end args, in code points, returned as UTF-16 offsets. */
function searchBounds(s: string, start: PyValue | undefined, end: PyValue | undefined): [number, number, number, number] | null {
	const n = pyLen(s);
	let a = start === undefined || start === None ? 0 : indexArg(start);
	let b = end === undefined || end === None ? n : indexArg(end);
	if (a < 0) a = Math.max(0, a + n);
	if (b < 0) b = Math.max(0, b + n);
	if (b > n) b = n;
	if (a > n) return null;
	if (!hasSurrogates(s)) return [a, b, a, b];
	return [codePointToUnitIndex(s, a), codePointToUnitIndex(s, b), a, b];
}
function indexArg(v: PyValue): number {
	const i = asInt(v);
	if (i === undefined) {
		if (typeof v === 'object' && v.cls.lookup('__index__') !== undefined) {
			const r = toIndex(v);
			return typeof r === 'number' ? r : r > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
		}
		throw typeError('slice indices must be integers or None or have an __index__ method');
	}
	return typeof i === 'number' ? i : i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

export function strFind(s: string, sub: string, start?: PyValue, end?: PyValue, reverse = false): number {
	const b = searchBounds(s, start, end);
	if (b === null) return -1;
	const [ua, ub] = b;
	if (ub - ua < sub.length) return -1;
	let r: number;
	if (reverse) {
		r = s.lastIndexOf(sub, ub - sub.length);
		if (r < ua) r = -1;
	} else {
		r = s.indexOf(sub, ua);
		if (r >= 0 && r + sub.length > ub) r = -1;
	}
	if (r < 0) return -1;
	return hasSurrogates(s) ? unitToCodePointIndex(s, r) : r;
}

export function strCount(s: string, sub: string, start?: PyValue, end?: PyValue): number {
	const b = searchBounds(s, start, end);
	if (b === null) return 0;
	const [ua, ub, ca, cb] = b;
	if (sub.length === 0) return Math.max(0, cb - ca) + 1;
	let n = 0;
	let i = ua;
	for (;;) {
		const j = s.indexOf(sub, i);
		if (j < 0 || j + sub.length > ub) return n;
		n++;
		i = j + sub.length;
	}
}

for (const [name, reverse, raise] of [
	['find', false, false],
	['rfind', true, false],
	['index', false, true],
	['rindex', true, true],
] as const) {
	method(strType, name, (args, kwargs) => {
		posOnly(name, args, kwargs, 1, 3, 1);
		const s = strVal(args[0]);
		const sub = argStr(args[1], name);
		const r = strFind(s, sub, args[2], args[3], reverse);
		if (r < 0 && raise) throw valueError('substring not found');
		return r;
	});
}
method(strType, 'count', (args, kwargs) => {
	posOnly('count', args, kwargs, 1, 3, 1);
	return strCount(strVal(args[0]), argStr(args[1], 'count'), args[2], args[3]);
});

for (const name of ['startswith', 'endswith'] as const) {
	method(strType, name, (args, kwargs) => {
		posOnly(name, args, kwargs, 1, 3, 1);
		const s = strVal(args[0]);
		const p = args[1];
		const cands = p instanceof PyTuple ? p.items : [p];
		const b = searchBounds(s, args[2], args[3]);
		for (const c of cands) {
			const x = asStr(c);
			if (x === undefined) {
				throw typeError(
					p instanceof PyTuple
						? `tuple for ${name} must only contain str, not ${typeName(c)}`
						: `${name} first arg must be str or a tuple of str, not ${typeName(c)}`
				);
			}
			if (b === null) continue;
			const [ua, ub] = b;
			if (ub - ua < x.length) continue;
			if (name === 'startswith' ? s.startsWith(x, ua) : s.slice(ua, ub).endsWith(x)) return True;
		}
		return False;
	});
}

// ---------------------------------------------------------------------------------------------
// Splitting, joining, stripping.

function isWs(c: number): boolean {
	return c === 32 || (c >= 9 && c <= 13) || (c > 127 ? isPyWhitespaceCode(c) : c >= 0x1c && c <= 0x1f);
}

export function strSplitWs(s: string, maxsplit: number): string[] {
	const out: string[] = [];
	const n = s.length;
	let i = 0;
	while (i < n) {
		while (i < n && isWs(s.charCodeAt(i))) i++;
		if (i >= n) break;
		if (maxsplit >= 0 && out.length >= maxsplit) {
			let e = n;
			while (e > i && isWs(s.charCodeAt(e - 1))) e--;
			out.push(s.slice(i, e));
			return out;
		}
		const st = i;
		while (i < n && !isWs(s.charCodeAt(i))) i++;
		out.push(s.slice(st, i));
	}
	return out;
}

export function strRsplitWs(s: string, maxsplit: number): string[] {
	const out: string[] = [];
	let i = s.length;
	while (i > 0) {
		while (i > 0 && isWs(s.charCodeAt(i - 1))) i--;
		if (i <= 0) break;
		if (maxsplit >= 0 && out.length >= maxsplit) {
			let b = 0;
			while (b < i && isWs(s.charCodeAt(b))) b++;
			out.push(s.slice(b, i));
			break;
		}
		const e = i;
		while (i > 0 && !isWs(s.charCodeAt(i - 1))) i--;
		out.push(s.slice(i, e));
	}
	return out.reverse();
}

export function strSplit(s: string, sep: string, maxsplit: number): string[] {
	if (sep === '') throw valueError('empty separator');
	const out: string[] = [];
	let i = 0;
	for (;;) {
		if (maxsplit >= 0 && out.length >= maxsplit) break;
		const j = s.indexOf(sep, i);
		if (j < 0) break;
		out.push(s.slice(i, j));
		i = j + sep.length;
	}
	out.push(s.slice(i));
	return out;
}

export function strRsplit(s: string, sep: string, maxsplit: number): string[] {
	if (sep === '') throw valueError('empty separator');
	const out: string[] = [];
	let e = s.length;
	for (;;) {
		if (maxsplit >= 0 && out.length >= maxsplit) break;
		if (e - sep.length < 0) break;
		const j = s.lastIndexOf(sep, e - sep.length);
		if (j < 0) break;
		out.push(s.slice(j + sep.length, e));
		e = j;
	}
	out.push(s.slice(0, e));
	return out.reverse();
}

function splitArgs(name: string, args: PyValue[], kwargs: Kwargs | null): [string | null, number] {
	const [sepV, maxV] = bindArgs({ name, params: ['sep', 'maxsplit'] }, args, kwargs, 1);
	let sep: string | null = null;
	if (sepV !== undefined && sepV !== None) {
		const x = asStr(sepV);
		if (x === undefined) throw typeError(`must be str or None, not ${typeName(sepV)}`);
		sep = x;
	}
	let max = -1;
	if (maxV !== undefined) {
		const m = asInt(maxV);
		if (m === undefined) throw typeError(`'${typeName(maxV)}' object cannot be interpreted as an integer`);
		max = typeof m === 'bigint' ? (m > 0n ? Number.MAX_SAFE_INTEGER : -1) : m < 0 ? -1 : m;
	}
	return [sep, max];
}

method(strType, 'split', (args, kwargs) => {
	const s = strVal(args[0]);
	const [sep, max] = splitArgs('split', args, kwargs);
	return new PyList(sep === null ? strSplitWs(s, max) : strSplit(s, sep, max));
});
method(strType, 'rsplit', (args, kwargs) => {
	const s = strVal(args[0]);
	const [sep, max] = splitArgs('rsplit', args, kwargs);
	return new PyList(sep === null ? strRsplitWs(s, max) : strRsplit(s, sep, max));
});

const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);
export function strSplitlines(s: string, keepends: boolean): string[] {
	const out: string[] = [];
	let i = 0;
	let st = 0;
	const n = s.length;
	while (i < n) {
		const c = s.charCodeAt(i);
		if (LINE_BREAKS.has(c)) {
			let e = i + 1;
			if (c === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) e++;
			out.push(s.slice(st, keepends ? e : i));
			st = e;
			i = e;
		} else i++;
	}
	if (st < n) out.push(s.slice(st));
	return out;
}
method(strType, 'splitlines', (args, kwargs) => {
	const [keep] = bindArgs({ name: 'splitlines', params: ['keepends'] }, args, kwargs, 1);
	return new PyList(strSplitlines(strVal(args[0]), keep !== undefined && isTrue(keep)));
});

method(strType, 'join', (args, kwargs) => {
	exactlyOne('str.join', args, kwargs, 1);
	const sep = strVal(args[0]);
	const src = args[1];
	let items: PyValue[];
	if (src instanceof PyList || src instanceof PyTuple) items = src.items;
	else {
		if (typeof src !== 'string' && typeOf(src).lookup('__iter__') === undefined && typeOf(src).lookup('__getitem__') === undefined)
			throw typeError('can only join an iterable');
		items = toArray(src);
	}
	let out = '';
	for (let i = 0; i < items.length; i++) {
		const x = items[i];
		const s = typeof x === 'string' ? x : asStr(x);
		if (s === undefined) throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
		if (i) out += sep;
		out += s;
	}
	return out;
});

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
	let a = 0;
	let b = s.length;
	if (chars === null) {
		if (left) while (a < b && isWs(s.charCodeAt(a))) a++;
		if (right) while (b > a && isWs(s.charCodeAt(b - 1))) b--;
		return s.slice(a, b);
	}
	if (hasSurrogates(s) || hasSurrogates(chars)) {
		const set = new Set(codePoints(chars));
		const cps = codePoints(s);
		let x = 0;
		let y = cps.length;
		if (left) while (x < y && set.has(cps[x])) x++;
		if (right) while (y > x && set.has(cps[y - 1])) y--;
		return cps.slice(x, y).join('');
	}
	if (left) while (a < b && chars.includes(s[a])) a++;
	if (right) while (b > a && chars.includes(s[b - 1])) b--;
	return s.slice(a, b);
}
for (const [name, l, r] of [
	['strip', true, true],
	['lstrip', true, false],
	['rstrip', false, true],
] as const) {
	method(strType, name, (args, kwargs) => {
		posOnly(name, args, kwargs, 0, 1, 1);
		const s = strVal(args[0]);
		const c = args[1];
		let chars: string | null = null;
		if (c !== undefined && c !== None) {
			const x = asStr(c);
			if (x === undefined) throw typeError(`${name} arg must be None or str`);
			chars = x;
		}
		return stripChars(s, chars, l, r);
	});
}

function widthArg(v: PyValue): number {
	const i = asInt(v);
	if (i === undefined) {
		if (rt.minor <= 9 && asFloatExact(v) !== undefined) throw typeError('integer argument expected, got float');
		if (typeof v === 'object' && v.cls.lookup('__index__') !== undefined) {
			const r = toIndex(v);
			return typeof r === 'number' ? r : 0;
		}
		throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
	}
	if (typeof i === 'bigint') {
		if (i > 0n) throw new PyException(OverflowError, ['Python int too large to convert to C ssize_t']);
		return 0;
	}
	return i;
}

function fillArg(v: PyValue | undefined): string {
	if (v === undefined) return ' ';
	const s = asStr(v);
	if (s === undefined) throw typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
	if (pyLen(s) !== 1) throw typeError('The fill character must be exactly one character long');
	return s;
}
for (const name of ['center', 'ljust', 'rjust'] as const) {
	method(strType, name, (args, kwargs) => {
		posOnly(name, args, kwargs, 1, 2, 1);
		const s = strVal(args[0]);
		const width = widthArg(args[1]);
		const fill = fillArg(args[2]);
		const len = pyLen(s);
		if (width <= len) return s;
		const marg = width - len;
		if (name === 'ljust') return s + fill.repeat(marg);
		if (name === 'rjust') return fill.repeat(marg) + s;
		const left = Math.floor(marg / 2) + (marg & width & 1);
		return fill.repeat(left) + s + fill.repeat(marg - left);
	});
}
method(strType, 'zfill', (args, kwargs) => {
	posOnly('zfill', args, kwargs, 1, 1, 1);
	const s = strVal(args[0]);
	const width = widthArg(args[1]);
	const len = pyLen(s);
	if (width <= len) return s;
	const fill = '0'.repeat(width - len);
	if (s[0] === '+' || s[0] === '-') return s[0] + fill + s.slice(1);
	return fill + s;
});
method(strType, 'expandtabs', (args, kwargs) => {
	const [ts] = bindArgs({ name: 'expandtabs', params: ['tabsize'] }, args, kwargs, 1);
	const s = strVal(args[0]);
	const tab = ts === undefined ? 8 : widthArg(ts);
	let out = '';
	let col = 0;
	for (const ch of s) {
		if (ch === '\t') {
			if (tab > 0) {
				const n = tab - (col % tab);
				out += ' '.repeat(n);
				col += n;
			}
		} else if (ch === '\n' || ch === '\r') {
			out += ch;
			col = 0;
		} else {
			out += ch;
			col++;
		}
	}
	return out;
});

export function strReplace(s: string, old: string, nw: string, count: number): string {
	if (count < 0) {
		if (old === '') {
			if (!hasSurrogates(s)) return nw + s.split('').join(nw) + (s.length ? nw : '');
			const cps = codePoints(s);
			return nw + cps.join(nw) + (cps.length ? nw : '');
		}
		return s.split(old).join(nw);
	}
	if (count === 0) return s;
	let out = '';
	let i = 0;
	let n = 0;
	if (old === '') {
		const cps = codePoints(s);
		for (let k = 0; k < cps.length; k++) {
			if (n < count) {
				out += nw;
				n++;
			}
			out += cps[k];
		}
		if (n < count) out += nw;
		return out;
	}
	while (n < count) {
		const j = s.indexOf(old, i);
		if (j < 0) break;
		out += s.slice(i, j) + nw;
		i = j + old.length;
		n++;
	}
	return out + s.slice(i);
}
method(strType, 'replace', (args, kwargs) => {
	let countV: PyValue | undefined;
	if (kwargs !== null && kwargs.size > 0) {
		if (rt.minor < 13) throw typeError(`${rt.minor >= 9 ? 'str.' : ''}replace() takes no keyword arguments`);
		const [, , c] = bindArgs({ name: 'replace', params: ['old', 'new', 'count'], posOnly: 2, required: 2 }, args, kwargs, 1);
		countV = c;
	} else {
		if (args.length < 3) throw typeError(rt.minor >= 13 ? `replace() takes at least 2 positional arguments (${args.length - 1} given)` : `replace expected at least 2 arguments, got ${args.length - 1}`);
		checkPositional('replace', args, 2, 3, 1);
		countV = args[3];
	}
	const s = strVal(args[0]);
	const old = argStr(args[1], 'replace', 1, 7);
	const nw = argStr(args[2], 'replace', 2, 7);
	let count = -1;
	if (countV !== undefined) {
		const c = asInt(countV);
		if (c === undefined) throw typeError(`'${typeName(countV)}' object cannot be interpreted as an integer`);
		count = typeof c === 'bigint' ? (c > 0n ? Number.MAX_SAFE_INTEGER : -1) : c;
	}
	return strReplace(s, old, nw, count);
});

for (const [name, rev] of [
	['partition', false],
	['rpartition', true],
] as const) {
	method(strType, name, (args, kwargs) => {
		exactlyOne(`str.${name}`, args, kwargs, 1);
		const s = strVal(args[0]);
		const sep = asStr(args[1]);
		if (sep === undefined) throw typeError(`must be str, not ${typeName(args[1])}`);
		if (sep === '') throw valueError('empty separator');
		const i = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
		if (i < 0) return rev ? newTuple(['', '', s]) : newTuple([s, '', '']);
		return newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
	});
}
for (const [name, prefix] of [
	['removeprefix', true],
	['removesuffix', false],
] as const) {
	methodSince(9, strType, name, (args, kwargs) => {
		exactlyOne(`str.${name}`, args, kwargs, 1);
		const s = strVal(args[0]);
		const p = asStr(args[1]);
		if (p === undefined) throw typeError(`${name}() argument must be str, not ${typeName(args[1])}`);
		if (p === '') return s;
		if (prefix) return s.startsWith(p) ? s.slice(p.length) : s;
		return s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
	});
}

staticMethod(strType, 'maketrans', (args, kwargs) => {
	noKw('maketrans', kwargs);
	checkPositional('maketrans', args, 1, 3, 0);
	const d = new PyDict();
	if (args.length === 1) {
		const m = args[0];
		if (!(m instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
		for (const [k, v] of m.entries()) {
			const ks = asStr(k);
			if (ks !== undefined) {
				if (pyLen(ks) !== 1) throw valueError('string keys in translate table must be of length 1');
				d.set(ks.codePointAt(0)!, v);
			} else if (asInt(k) !== undefined) d.set(asInt(k)!, v);
			else throw typeError('keys in translate table must be strings or integers');
		}
		return d;
	}
	const a = asStr(args[0]);
	const b = asStr(args[1]);
	if (a === undefined || b === undefined) throw typeError('maketrans() argument 1 must be str, not ' + typeName(args[a === undefined ? 0 : 1]));
	const ca = codePoints(a);
	const cb = codePoints(b);
	if (ca.length !== cb.length) throw valueError('the first two maketrans arguments must have equal length');
	for (let i = 0; i < ca.length; i++) d.set(ca[i].codePointAt(0)!, cb[i].codePointAt(0)!);
	if (args.length > 2) {
		const c = asStr(args[2]);
		if (c === undefined) throw typeError('maketrans() argument 3 must be str, not ' + typeName(args[2]));
		for (const ch of c) d.set(ch.codePointAt(0)!, None);
	}
	return d;
});
method(strType, 'translate', (args, kwargs) => {
	exactlyOne('str.translate', args, kwargs, 1);
	const s = strVal(args[0]);
	const table = args[1];
	let out = '';
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		let v: PyValue;
		try {
			v = table instanceof PyDict ? (table.get(c) ?? throwLookup(c)) : getItem(table, c);
		} catch (e) {
			if (e instanceof PyException && e.cls.isSubtypeOf(LookupError)) {
				out += ch;
				continue;
			}
			throw e;
		}
		if (v === None) continue;
		const vi = asInt(v);
		if (vi !== undefined) {
			if (typeof vi !== 'number' || vi < 0 || vi > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
			out += String.fromCodePoint(vi);
			continue;
		}
		const vs = asStr(v);
		if (vs === undefined) throw typeError('character mapping must return integer, None or str');
		out += vs;
	}
	return out;
});
function throwLookup(c: number): never {
	throw new PyException(LookupError, [c]);
}

method(strType, 'encode', (args, kwargs) => {
	const [enc, errors] = bindArgs({ name: 'encode', params: ['encoding', 'errors'] }, args, kwargs, 1);
	if (enc !== undefined && asStr(enc) === undefined) throw typeError(`encode() argument ${rt.minor >= 8 ? "'encoding'" : '1'} must be str, not ${typeName(enc)}`);
	if (errors !== undefined && asStr(errors) === undefined) throw typeError(`encode() argument 'errors' must be str, not ${typeName(errors)}`);
	return encodeStr(strVal(args[0]), (enc as string) ?? 'utf-8', (errors as string) ?? 'strict');
});

method(strType, 'format', (args, kwargs) => strFormat(strVal(args[0]), args.slice(1), kwargs));
method(strType, 'format_map', (args, kwargs) => {
	exactlyOne('str.format_map', args, kwargs, 1);
	return strFormatMap(strVal(args[0]), args[1]);
});

strType.ns.set('__doc__', "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str");

export { strType, IndexError, KeyError, getIter, iterNext, callSpecial, tupleType, PyObject, newMemoryError };
