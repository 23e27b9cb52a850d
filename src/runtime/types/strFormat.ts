/*
 * strFormat.ts
 * str.format / str.format_map: CPython's MarkupIterator and FieldNameIterator (literal text,
 * {{ }} escapes, auto/manual numbering, .attr and [key] lookups, !r/!s/!a conversions,
 * nested replacement fields in the spec) and the format() builtin (PyObject_Format).
 */

import { PyValue, Kwargs, PyBoxed, PyFloat, typeOf } from '../objects/object';
import { typeError, valueError, indexError, keyError } from '../objects/exceptions';
import { getAttr, getItem, repr, str as pyStr, typeName, callMethodValue } from '../objects/protocol';
import { formatInt, formatFloat, formatStr } from '../lib/formatSpec';
import * as I from '../lib/intOps';
import { rt } from '../objects/runtimeState';
import { PyFunction } from '../objects/function';
import { enterCalls } from '../objects/cRecursion';

/**
 * A replacement field of str.format (render_field): an exact str, int or float is formatted in
 * place (a float with an empty spec by PyObject_Str, as _PyFloat_FormatAdvancedWriter does);
 * anything else by PyObject_Format.
 */
export function formatValue(v: PyValue, spec: string): string {
	if (typeof v === 'string') return spec === '' ? v : formatStr(v, spec, { minor: rt.minor });
	if (typeof v === 'number' || typeof v === 'bigint')
		return spec === '' ? (typeof v === 'number' ? String(v) : I.intToString(v)) : formatInt(v, spec, { minor: rt.minor });
	if (v instanceof PyFloat) return spec === '' ? pyStr(v) : formatFloat(v.value, spec, { minor: rt.minor });
	return formatByMethod(v, spec);
}

/**
 * PyObject_Format (format(), the fields of f-strings): with an empty spec an exact str is
 * itself and an exact int its PyObject_Str; anything else goes to type(value).__format__.
 */
export function formatObject(v: PyValue, spec: string): string {
	if (spec === '') {
		if (typeof v === 'string') return v;
		if (typeof v === 'number' || typeof v === 'bigint') return pyStr(v);
	}
	return formatByMethod(v, spec);
}

/** type(value).__format__(value, spec), which must return a str. */
function formatByMethod(v: PyValue, spec: string): string {
	const m = typeOf(v).lookup('__format__');
	if (m === undefined) throw typeError(`Type ${typeName(v)} doesn't define __format__`);
	// PyObject_Format calls the bound __format__: a builtin one through its vectorcall, which
	// guards (3.7–3.11); a Python one without a guard from 3.8 (3.7 calls the method object
	// through tp_call, which guards).
	const guarded = rt.minor <= 11 && (rt.minor === 7 || !(m instanceof PyFunction));
	if (guarded) enterCalls(1);
	let r: PyValue;
	try {
		r = callMethodValue(m, v, [spec]);
	} finally {
		if (guarded) rt.depth--;
	}
	if (typeof r === 'string') return r;
	if (r instanceof PyBoxed && typeof r.value === 'string') return r.value;
	throw typeError(`__format__ must return a str, not ${typeName(r)}`);
}

interface ArgSource {
	positional: PyValue[] | null;
	getKey: (key: string) => PyValue;
	/** 0 = unknown, 1 = automatic, 2 = manual */
	mode: number;
	next: number;
}

const DIGITS = /^[0-9]+$/;

function parseIndex(s: string): number {
	if (s.length > 18 && BigInt(s) > 2n ** 63n - 1n) throw valueError('Too many decimal digits in format string');
	return Number(s);
}

/** Resolves a field name like `0.attr[key]` against the arguments. */
function resolveField(name: string, src: ArgSource): PyValue {
	let i = 0;
	while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
	const first = name.slice(0, i);
	let obj: PyValue;
	if (first === '') {
		if (src.mode === 2) throw valueError('cannot switch from manual field specification to automatic field numbering');
		src.mode = 1;
		obj = positional(src, src.next++);
	} else if (DIGITS.test(first)) {
		if (src.mode === 1) throw valueError('cannot switch from automatic field numbering to manual field specification');
		src.mode = 2;
		obj = positional(src, parseIndex(first));
	} else {
		obj = src.getKey(first);
	}
	while (i < name.length) {
		const c = name[i];
		if (c === '.') {
			let j = i + 1;
			while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
			const attr = name.slice(i + 1, j);
			if (attr === '') throw valueError('Empty attribute in format string');
			obj = getAttr(obj, attr);
			i = j;
		} else if (c === '[') {
			const j = name.indexOf(']', i + 1);
			if (j < 0) throw valueError("Missing ']' in format string");
			const key = name.slice(i + 1, j);
			if (key === '') throw valueError('Empty attribute in format string');
			obj = getItem(obj, DIGITS.test(key) ? parseIndex(key) : key);
			i = j + 1;
			if (i < name.length && name[i] !== '.' && name[i] !== '[')
				throw valueError("Only '.' or '[' may follow ']' in format field specifier");
		} else {
			throw valueError("Only '.' or '[' may follow ']' in format field specifier");
		}
	}
	return obj;
}

function positional(src: ArgSource, i: number): PyValue {
	if (src.positional === null) throw valueError('Format string contains positional fields');
	if (i >= src.positional.length)
		throw indexError(rt.minor >= 8 ? `Replacement index ${i} out of range for positional args tuple` : 'tuple index out of range');
	return src.positional[i];
}

function render(fmt: string, src: ArgSource, depth: number): string {
	if (depth <= 0) throw valueError('Max string recursion exceeded');
	let out = '';
	const n = fmt.length;
	let i = 0;
	while (i < n) {
		// Literal text.
		let j = i;
		while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
		out += fmt.slice(i, j);
		if (j >= n) break;
		const c = fmt[j];
		if (c === '}') {
			if (fmt[j + 1] === '}') {
				out += '}';
				i = j + 2;
				continue;
			}
			throw valueError("Single '}' encountered in format string");
		}
		if (j + 1 >= n) throw valueError("Single '{' encountered in format string");
		if (fmt[j + 1] === '{') {
			out += '{';
			i = j + 2;
			continue;
		}
		// A replacement field: name, optional !conv, optional :spec.
		let k = j + 1;
		const nameStart = k;
		while (k < n) {
			const ch = fmt[k];
			if (ch === '[') {
				k++;
				while (k < n && fmt[k] !== ']') k++;
				if (k < n) k++;
				continue;
			}
			if (ch === '}' || ch === ':' || ch === '!') break;
			if (ch === '{') throw valueError("unexpected '{' in field name");
			k++;
		}
		if (k >= n) throw valueError("expected '}' before end of string");
		const name = fmt.slice(nameStart, k);
		let conversion: string | null = null;
		if (fmt[k] === '!') {
			k++;
			if (k >= n) throw valueError("unmatched '{' in format spec");
			conversion = fmt[k]!;
			k++;
			if (k >= n) throw valueError("unmatched '{' in format spec");
			if (fmt[k] !== ':' && fmt[k] !== '}') throw valueError("expected ':' after conversion specifier");
		}
		let spec = '';
		if (fmt[k] === ':') {
			k++;
			const specStart = k;
			let count = 1;
			while (k < n) {
				const ch = fmt[k];
				if (ch === '{') count++;
				else if (ch === '}') {
					count--;
					if (count === 0) break;
				}
				k++;
			}
			if (k >= n) throw valueError("unmatched '{' in format spec");
			spec = fmt.slice(specStart, k);
		}
		// fmt[k] === '}'
		let obj = resolveField(name, src);
		if (conversion !== null) {
			switch (conversion) {
				case 'r':
					obj = repr(obj);
					break;
				case 's':
					obj = pyStr(obj);
					break;
				case 'a':
					obj = asciiRepr(obj);
					break;
				default:
					throw valueError(`Unknown conversion specifier ${conversion}`);
			}
		}
		if (spec.includes('{')) spec = render(spec, src, depth - 1);
		out += formatValue(obj, spec);
		i = k + 1;
	}
	return out;
}

let asciiRepr: (v: PyValue) => string = (v) => repr(v);
/** Installed by builtins (ascii()). */
export function setAsciiRepr(f: (v: PyValue) => string): void {
	asciiRepr = f;
}

/** fmt.format(*args, **kwargs). */
export function strFormat(fmt: string, args: PyValue[], kwargs: Kwargs | null): string {
	return render(
		fmt,
		{
			positional: args,
			getKey: (k) => {
				const v = kwargs?.get(k);
				if (v === undefined) throw keyError(k);
				return v;
			},
			mode: 0,
			next: 0,
		},
		2
	);
}

/** fmt.format_map(mapping). */
export function strFormatMap(fmt: string, mapping: PyValue): string {
	return render(fmt, { positional: null, getKey: (k) => getItem(mapping, k), mode: 0, next: 0 }, 2);
}
