/*
 * bytes.ts
 * A basic bytes type (and a minimal mutable bytearray): construction, repr, len, indexing and
 * slicing, iteration, +, *, comparisons, hash, decode/hex/fromhex and a few search methods.
 */

import { PyObject, PyType, PyValue, None, NotImplemented, True, False, pyBool, makeBuiltinType, objectType, typeOf } from '../objects/object';
import { typeError, valueError, indexError, newException, UnicodeDecodeError, LookupError, UnicodeEncodeError } from '../objects/exceptions';
import { PySlice, PyList, PyTuple, newTuple } from '../objects/containers';
import { toArray, toIndex, typeName, newInstanceDict, CmpOp, callSpecial, PyIteratorBase, getIter, iterNext, registerIdentityHashType } from '../objects/protocol';
import { asInt } from '../objects/numeric';
import { method, setNew, bindArgs, classMethod, posOnly, exactlyOne, noArgs } from './util';
import { sliceBounds, indexKey, HugeIndex, checkIndex, repeatCount, seqMulFallback, seqRmulMethods, cantMultiply } from './seqUtil';
import { makeIterType } from './iterators';
import { bytesHash } from './strHash';
import { percentFormat } from '../lib/percentFormat';
import { percentHooks, asciiOf } from './str';
import { getItem } from '../objects/protocol';
import { rt } from '../objects/runtimeState';

export const bytesType = makeBuiltinType('bytes', objectType, (cls) => new PyBytes(new Uint8Array(0), cls));
export const bytearrayType = makeBuiltinType('bytearray', objectType, (cls) => new PyBytes(new Uint8Array(0), cls));

export class PyBytes extends PyObject {
	constructor(
		public data: Uint8Array,
		cls: PyType = bytesType
	) {
		super(cls);
	}
}

const B = (v: PyValue): PyBytes => v as PyBytes;

/** The bytes of a bytes/bytearray value, or null. */
export function bytesLike(v: PyValue): Uint8Array | null {
	return v instanceof PyBytes ? v.data : null;
}

export function newBytes(data: Uint8Array): PyBytes {
	return new PyBytes(data);
}

function normEncoding(enc: string): string {
	const e = enc.toLowerCase().replace(/[-_ ]/g, '');
	if (e === 'utf8' || e === 'u8' || e === 'utf') return 'utf-8';
	if (e === 'ascii' || e === 'usascii' || e === '646') return 'ascii';
	if (e === 'latin1' || e === 'latin' || e === 'iso88591' || e === 'l1' || e === '8859') return 'latin-1';
	throw newException(LookupError, `unknown encoding: ${enc}`);
}

/** str.encode(encoding, errors). */
export function encodeStr(s: string, encoding = 'utf-8', errors = 'strict'): PyBytes {
	const enc = normEncoding(encoding);
	if (enc === 'utf-8') {
		if (/[\uD800-\uDFFF]/.test(s) && errors === 'strict') {
			// lone surrogates cannot be encoded
			for (let i = 0; i < s.length; i++) {
				const c = s.charCodeAt(i);
				if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
					i++;
					continue;
				}
				if (c >= 0xd800 && c <= 0xdfff)
					throw newException(UnicodeEncodeError, `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${i}: surrogates not allowed`);
			}
		}
		return new PyBytes(new TextEncoder().encode(s));
	}
	const limit = enc === 'ascii' ? 0x80 : 0x100;
	const out: number[] = [];
	let pos = 0;
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		if (c < limit) out.push(c);
		else if (errors === 'ignore') {
			/* skip */
		} else if (errors === 'replace') out.push(0x3f);
		else
			throw newException(
				UnicodeEncodeError,
				`'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '${c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0')}' in position ${pos}: ordinal not in range(${limit})`
			);
		pos++;
	}
	return new PyBytes(Uint8Array.from(out));
}

/** bytes.decode(encoding, errors). */
export function decodeBytes(data: Uint8Array, encoding = 'utf-8', errors = 'strict'): string {
	const enc = normEncoding(encoding);
	if (enc === 'utf-8') {
		const err = utf8Error(data, 0);
		if (err === null) return new TextDecoder('utf-8').decode(data);
		if (errors === 'replace') return new TextDecoder('utf-8').decode(data);
		if (errors === 'ignore') {
			const keep: number[] = [];
			let pos = 0;
			for (;;) {
				const e = utf8Error(data, pos);
				const stop = e === null ? data.length : e.start;
				for (let k = pos; k < stop; k++) keep.push(data[k]);
				if (e === null) break;
				pos = e.end;
			}
			return new TextDecoder('utf-8').decode(Uint8Array.from(keep));
		}
		const { start, end, reason } = err;
		const where =
			end - start === 1
				? `byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}`
				: `bytes in position ${start}-${end - 1}`;
		throw newException(UnicodeDecodeError, `'utf-8' codec can't decode ${where}: ${reason}`);
	}
	let s = '';
	for (let i = 0; i < data.length; i++) {
		const b = data[i];
		if (enc === 'ascii' && b >= 0x80) {
			if (errors === 'ignore') continue;
			if (errors === 'replace') {
				s += '\ufffd';
				continue;
			}
			throw newException(
				UnicodeDecodeError,
				`'ascii' codec can't decode byte 0x${b.toString(16)} in position ${i}: ordinal not in range(128)`
			);
		}
		s += String.fromCharCode(b);
	}
	return s;
}

/** The first invalid UTF-8 sequence at or after `from` (CPython's error ranges), or null. */
export function utf8Error(data: Uint8Array, from: number): { start: number; end: number; reason: string } | null {
	let i = from;
	const n = data.length;
	while (i < n) {
		const b = data[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) lo = 0xa0;
			if (b === 0xed) hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) lo = 0x90;
			if (b === 0xf4) hi = 0x8f;
		} else return { start: i, end: i + 1, reason: 'invalid start byte' };
		for (let k = 1; k <= need; k++) {
			if (i + k >= n) return { start: i, end: n, reason: 'unexpected end of data' };
			const c = data[i + k];
			const okLo = k === 1 ? lo : 0x80;
			const okHi = k === 1 ? hi : 0xbf;
			if (c < okLo || c > okHi) return { start: i, end: i + k, reason: 'invalid continuation byte' };
		}
		i += need + 1;
	}
	return null;
}

export function bytesRepr(data: Uint8Array, prefix = 'b'): string {
	let hasSingle = false;
	let hasDouble = false;
	for (let i = 0; i < data.length; i++) {
		if (data[i] === 0x27) hasSingle = true;
		else if (data[i] === 0x22) hasDouble = true;
	}
	const quote = hasSingle && !hasDouble ? '"' : "'";
	let out = prefix + quote;
	for (let i = 0; i < data.length; i++) {
		const c = data[i];
		if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + String.fromCharCode(c);
		else if (c === 9) out += '\\t';
		else if (c === 10) out += '\\n';
		else if (c === 13) out += '\\r';
		else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
		else out += String.fromCharCode(c);
	}
	return out + quote;
}

function toBytesData(v: PyValue, fname: string): Uint8Array {
	if (v instanceof PyBytes) return v.data;
	if (typeof v === 'string') throw typeError('cannot convert \'str\' object to bytes');
	const n = asInt(v);
	if (n !== undefined) {
		if (typeof n === 'bigint' || n < 0) throw valueError('negative count');
		return new Uint8Array(n);
	}
	const bm = callSpecial(v, '__bytes__', []);
	if (bm !== undefined) {
		if (!(bm instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(bm)})`);
		return bm.data;
	}
	let items: PyValue[];
	try {
		items = toArray(v);
	} catch {
		throw typeError(`cannot convert '${typeName(v)}' object to ${fname}`);
	}
	const out = new Uint8Array(items.length);
	for (let i = 0; i < items.length; i++) {
		const x = items[i];
		const b = asInt(x) ?? (typeof x === 'object' && x.cls.lookup('__index__') ? toIndex(x) : undefined);
		if (b === undefined) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
		if (typeof b === 'bigint' || b < 0 || b > 255) throw valueError('bytes must be in range(0, 256)');
		out[i] = b;
	}
	return out;
}

function construct(cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null, fname: string): PyBytes {
	const [src, encoding, errors] = bindArgs({ name: fname, params: ['source', 'encoding', 'errors'] }, args, kwargs, 1);
	let data: Uint8Array;
	if (src === undefined) {
		if (encoding !== undefined || errors !== undefined)
			throw typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
		data = new Uint8Array(0);
	} else if (typeof src === 'string') {
		if (encoding === undefined) throw typeError('string argument without an encoding');
		data = encodeStr(src, encoding as string, (errors as string) ?? 'strict').data;
	} else {
		if (encoding !== undefined) throw typeError('encoding without a string argument');
		data = toBytesData(src, fname);
		if (cls.isSubtypeOf(bytearrayType) || src instanceof PyBytes) data = data.slice();
	}
	const b = new PyBytes(data, cls);
	if (cls.hasInstanceDict) b.dict = newInstanceDict();
	return b;
}

setNew(bytesType, (args, kwargs) => construct(args[0] as PyType, args, kwargs, 'bytes'));
setNew(bytearrayType, (args) => {
	const b = new PyBytes(new Uint8Array(0), args[0] as PyType);
	if ((args[0] as PyType).hasInstanceDict) b.dict = newInstanceDict();
	return b;
});
method(bytearrayType, '__init__', (args, kwargs) => {
	const self = B(args[0]);
	self.data = construct(bytearrayType, args, kwargs, 'bytearray').data;
	return None;
});

export const bytesIterType = makeIterType('bytes_iterator');
export const bytearrayIterType = makeIterType('bytearray_iterator');
class PyBytesIter extends PyIteratorBase {
	i = 0;
	constructor(
		public b: PyBytes,
		t: PyType
	) {
		super(t);
	}
	nextValue(): PyValue | undefined {
		return this.i < this.b.data.length ? this.b.data[this.i++] : undefined;
	}
}

function findSub(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
	outer: for (let i = start; i + needle.length <= end; i++) {
		for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
		return i;
	}
	return -1;
}

function subArg(v: PyValue): Uint8Array {
	if (v instanceof PyBytes) return v.data;
	const n = asInt(v);
	if (n !== undefined) {
		if (typeof n === 'bigint' || n < 0 || n > 255) throw valueError('byte must be in range(0, 256)');
		return Uint8Array.of(n);
	}
	throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

function make(self: PyBytes, data: Uint8Array): PyBytes {
	return new PyBytes(data, self.cls.isSubtypeOf(bytearrayType) ? bytearrayType : bytesType);
}

for (const t of [bytesType, bytearrayType]) {
	const isBA = t === bytearrayType;
	method(t, '__repr__', (args) => {
		const d = B(args[0]).data;
		return isBA ? `bytearray(${bytesRepr(d)})` : bytesRepr(d);
	});
	method(t, '__str__', (args) => {
		const d = B(args[0]).data;
		return isBA ? `bytearray(${bytesRepr(d)})` : bytesRepr(d);
	});
	method(t, '__len__', (args) => B(args[0]).data.length);
	method(t, '__iter__', (args) => new PyBytesIter(B(args[0]), isBA ? bytearrayIterType : bytesIterType));
	method(t, '__getitem__', (args) => {
		const self = B(args[0]);
		const key = args[1];
		if (key instanceof PySlice) {
			const [start, stop, step, n] = sliceBounds(key, self.data.length);
			if (step === 1) return make(self, self.data.slice(start, Math.max(start, stop)));
			const out = new Uint8Array(n);
			for (let i = 0, j = start; i < n; i++, j += step) out[i] = self.data[j]!;
			return make(self, out);
		}
		const i = indexKey(key);
		if (i === null) throw typeError(`byte indices must be integers or slices, not ${typeName(key)}`);
		return self.data[checkIndex(i, self.data.length, isBA ? 'bytearray index out of range' : 'index out of range')];
	});
	method(t, '__contains__', (args) => {
		const self = B(args[0]);
		const sub = subArg(args[1]);
		return pyBool(findSub(self.data, sub, 0, self.data.length) >= 0);
	});
	method(t, '__add__', (args) => {
		const o = args[1];
		if (!(o instanceof PyBytes)) {
			if (typeOf(o).lookup('__radd__') !== undefined && !(typeof o === 'string')) return NotImplemented;
			throw typeError(`can't concat ${typeName(o)} to ${t.name}`);
		}
		const a = B(args[0]).data;
		const out = new Uint8Array(a.length + o.data.length);
		out.set(a);
		out.set(o.data, a.length);
		return make(B(args[0]), out);
	});
	const mul = (args: PyValue[], reflected = false): PyValue => {
		const n = repeatCount(args[1]);
		if (n === null) {
			if (reflected) cantMultiply(args[1]);
			return seqMulFallback(args[0], args[1]);
		}
		const a = B(args[0]).data;
		const out = new Uint8Array(Math.max(0, n) * a.length);
		for (let k = 0; k < n; k++) out.set(a, k * a.length);
		return make(B(args[0]), out);
	};
	method(t, '__mul__', (args) => mul(args));
	seqRmulMethods.add(method(t, '__rmul__', (args) => mul(args, true)));
	const cmp = (op: CmpOp) => (args: PyValue[]): PyValue => {
		const o = args[1];
		if (!(o instanceof PyBytes)) return NotImplemented;
		const a = B(args[0]).data;
		const b = o.data;
		let c = 0;
		const n = Math.min(a.length, b.length);
		for (let i = 0; i < n && c === 0; i++) c = a[i] - b[i];
		if (c === 0) c = a.length - b.length;
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
	};
	method(t, '__lt__', cmp(CmpOp.Lt));
	method(t, '__le__', cmp(CmpOp.Le));
	method(t, '__eq__', cmp(CmpOp.Eq));
	method(t, '__ne__', cmp(CmpOp.Ne));
	method(t, '__gt__', cmp(CmpOp.Gt));
	method(t, '__ge__', cmp(CmpOp.Ge));
	method(t, 'decode', (args, kwargs) => {
		const [enc, errors] = bindArgs({ name: 'decode', params: ['encoding', 'errors'] }, args, kwargs, 1);
		return decodeBytes(B(args[0]).data, (enc as string) ?? 'utf-8', (errors as string) ?? 'strict');
	});
	method(t, 'hex', (args, kwargs) => {
		const [sep] = bindArgs({ name: 'hex', params: ['sep', 'bytes_per_sep'] }, args, kwargs, 1);
		const parts = Array.from(B(args[0]).data, (b) => b.toString(16).padStart(2, '0'));
		return parts.join(sep === undefined ? '' : (sep as string));
	});
	classMethod(t, 'fromhex', (args, kwargs) => {
		exactlyOne('fromhex', args, kwargs, 1);
		const s = args[1];
		if (typeof s !== 'string') throw typeError(`fromhex() argument must be str, not ${typeName(s)}`);
		const out: number[] = [];
		let i = 0;
		while (i < s.length) {
			if (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') {
				i++;
				continue;
			}
			const pair = s.slice(i, i + 2);
			if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
				const pos = /^[0-9a-fA-F]$/.test(s[i]) ? i + 1 : i;
				throw valueError(`non-hexadecimal number found in fromhex() arg at position ${pos}`);
			}
			out.push(parseInt(pair, 16));
			i += 2;
		}
		return new PyBytes(Uint8Array.from(out), args[0] === bytearrayType ? bytearrayType : bytesType);
	});
	method(t, 'count', (args, kwargs) => {
		posOnly('count', args, kwargs, 1, 3, 1);
		const d = B(args[0]).data;
		const sub = subArg(args[1]);
		let n = 0;
		let i = 0;
		for (;;) {
			const j = findSub(d, sub, i, d.length);
			if (j < 0) return n;
			n++;
			i = j + Math.max(1, sub.length);
		}
	});
	for (const name of ['find', 'index']) {
		method(t, name, (args, kwargs) => {
			posOnly(name, args, kwargs, 1, 3, 1);
			const d = B(args[0]).data;
			const r = findSub(d, subArg(args[1]), 0, d.length);
			if (r < 0 && name === 'index') throw valueError('subsection not found');
			return r;
		});
	}
	for (const name of ['startswith', 'endswith']) {
		method(t, name, (args, kwargs) => {
			posOnly(name, args, kwargs, 1, 3, 1);
			const d = B(args[0]).data;
			const p = args[1];
			const cands = p instanceof PyTuple ? p.items : [p];
			for (const c of cands) {
				if (!(c instanceof PyBytes))
					throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(c)}`);
				const x = c.data;
				if (x.length > d.length) continue;
				const off = name === 'startswith' ? 0 : d.length - x.length;
				let ok = true;
				for (let i = 0; i < x.length; i++) if (d[off + i] !== x[i]) ok = false;
				if (ok) return True;
			}
			return False;
		});
	}
	method(t, 'join', (args, kwargs) => {
		exactlyOne(`${t.name}.join`, args, kwargs, 1);
		const sep = B(args[0]).data;
		const items = toArray(args[1]);
		const parts: Uint8Array[] = [];
		let total = 0;
		items.forEach((x, i) => {
			if (!(x instanceof PyBytes))
				throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
			parts.push(x.data);
			total += x.data.length + (i ? sep.length : 0);
		});
		const out = new Uint8Array(total);
		let p = 0;
		parts.forEach((d, i) => {
			if (i) {
				out.set(sep, p);
				p += sep.length;
			}
			out.set(d, p);
			p += d.length;
		});
		return make(B(args[0]), out);
	});
	method(t, 'upper', (args) => make(B(args[0]), B(args[0]).data.map((c) => (c >= 97 && c <= 122 ? c - 32 : c))));
	method(t, 'lower', (args) => make(B(args[0]), B(args[0]).data.map((c) => (c >= 65 && c <= 90 ? c + 32 : c))));
	method(t, 'strip', (args) => {
		const d = B(args[0]).data;
		const ws = args.length > 1 && args[1] !== None ? new Set(B(args[1]).data) : new Set([32, 9, 10, 13, 11, 12]);
		let s = 0;
		let e = d.length;
		while (s < e && ws.has(d[s])) s++;
		while (e > s && ws.has(d[e - 1])) e--;
		return make(B(args[0]), d.slice(s, e));
	});
	method(t, 'split', (args, kwargs) => {
		const [sepV] = bindArgs({ name: 'split', params: ['sep', 'maxsplit'] }, args, kwargs, 1);
		const d = B(args[0]).data;
		const out: PyValue[] = [];
		if (sepV === undefined || sepV === None) {
			let i = 0;
			while (i < d.length) {
				while (i < d.length && [32, 9, 10, 13, 11, 12].includes(d[i])) i++;
				if (i >= d.length) break;
				const s = i;
				while (i < d.length && ![32, 9, 10, 13, 11, 12].includes(d[i])) i++;
				out.push(make(B(args[0]), d.slice(s, i)));
			}
			return new PyList(out);
		}
		const sep = subArg(sepV);
		if (sep.length === 0) throw valueError('empty separator');
		let i = 0;
		for (;;) {
			const j = findSub(d, sep, i, d.length);
			if (j < 0) break;
			out.push(make(B(args[0]), d.slice(i, j)));
			i = j + sep.length;
		}
		out.push(make(B(args[0]), d.slice(i)));
		return new PyList(out);
	});
	method(t, 'replace', (args, kwargs) => {
		posOnly('replace', args, kwargs, 2, 3, 1);
		const d = B(args[0]).data;
		const old = subArg(args[1]);
		const nw = subArg(args[2]);
		const parts: number[] = [];
		let i = 0;
		while (i <= d.length) {
			const j = old.length ? findSub(d, old, i, d.length) : i < d.length ? i : -1;
			if (j < 0) break;
			for (let k = i; k < j; k++) parts.push(d[k]);
			parts.push(...nw);
			if (old.length === 0) {
				parts.push(d[j]);
				i = j + 1;
			} else i = j + old.length;
		}
		for (let k = i; k < d.length; k++) parts.push(d[k]);
		return make(B(args[0]), Uint8Array.from(parts));
	});
}

function latin1(d: Uint8Array): string {
	let s = '';
	for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
	return s;
}
function fromLatin1(s: string): Uint8Array {
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c > 255) throw valueError('bytes formatting produced a non-byte character');
		out[i] = c;
	}
	return out;
}
/** bytes % args (PEP 461). */
export function bytesPercent(fmt: Uint8Array, args: PyValue): Uint8Array {
	const bytesStr = (v: PyValue): string => {
		const d = bytesLike(v);
		if (d !== null) return latin1(d);
		const b = callSpecial(v, '__bytes__', []);
		if (b instanceof PyBytes) return latin1(b.data);
		throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
	};
	const hooks = {
		...percentHooks,
		str: bytesStr,
		repr: (v: PyValue) => asciiOf(v),
		ascii: (v: PyValue) => asciiOf(v),
		asStr: (v: PyValue) => (v instanceof PyBytes && v.data.length === 1 ? latin1(v.data) : null),
	};
	let tupleItems: PyValue[] | null = null;
	let getItemFn: ((k: string) => PyValue) | undefined;
	if (args instanceof PyTuple) tupleItems = args.items;
	else if (!(args instanceof PyBytes) && typeof args !== 'string' && typeOf(args).lookup('__getitem__') !== undefined) {
		getItemFn = (k: string) => getItem(args, new PyBytes(fromLatin1(k)));
	}
	return fromLatin1(percentFormat(latin1(fmt), { value: args, tupleItems, getItem: getItemFn }, hooks, { minor: rt.minor }));
}
for (const t of [bytesType, bytearrayType]) {
	method(t, '__mod__', (args) => make(B(args[0]), bytesPercent(B(args[0]).data, args[1])));
	method(t, '__rmod__', () => NotImplemented);
}

method(bytesType, '__hash__', (args) => bytesHash(B(args[0]).data));
method(bytesType, '__bytes__', (args) => args[0]);
bytearrayType.ns.set('__hash__', None);

method(bytearrayType, 'append', (args, kwargs) => {
	exactlyOne('bytearray.append', args, kwargs, 1);
	const self = B(args[0]);
	const v = subArg(asInt(args[1]) !== undefined ? args[1] : (() => { throw typeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`); })());
	const out = new Uint8Array(self.data.length + 1);
	out.set(self.data);
	out[self.data.length] = v[0]!;
	self.data = out;
	return None;
});
method(bytearrayType, 'extend', (args, kwargs) => {
	exactlyOne('bytearray.extend', args, kwargs, 1);
	const self = B(args[0]);
	const extra = toBytesData(args[1], 'bytearray');
	const out = new Uint8Array(self.data.length + extra.length);
	out.set(self.data);
	out.set(extra, self.data.length);
	self.data = out;
	return None;
});
method(bytearrayType, '__iadd__', (args) => {
	const self = B(args[0]);
	const o = args[1];
	if (!(o instanceof PyBytes)) throw typeError(`can't concat ${typeName(o)} to bytearray`);
	const out = new Uint8Array(self.data.length + o.data.length);
	out.set(self.data);
	out.set(o.data, self.data.length);
	self.data = out;
	return self;
});
method(bytearrayType, '__setitem__', (args) => {
	const self = B(args[0]);
	const i = indexKey(args[1]);
	if (i === null) throw typeError(`bytearray indices must be integers or slices, not ${typeName(args[1])}`);
	const v = asInt(args[2]);
	if (v === undefined) throw typeError(`'${typeName(args[2])}' object cannot be interpreted as an integer`);
	if (typeof v === 'bigint' || v < 0 || v > 255) throw valueError('byte must be in range(0, 256)');
	self.data[checkIndex(i, self.data.length, 'bytearray index out of range')] = v;
	return None;
});
method(bytearrayType, 'pop', (args, kwargs) => {
	posOnly('pop', args, kwargs, 0, 1, 1);
	const self = B(args[0]);
	if (self.data.length === 0) throw indexError('pop from empty bytearray');
	let i = args.length > 1 ? (indexKey(args[1], HugeIndex.Argument) ?? 0) : -1;
	if (i < 0) i += self.data.length;
	if (i < 0 || i >= self.data.length) throw indexError('pop index out of range');
	const v = self.data[i];
	const out = new Uint8Array(self.data.length - 1);
	out.set(self.data.subarray(0, i));
	out.set(self.data.subarray(i + 1), i);
	self.data = out;
	return v;
});
method(bytearrayType, 'clear', (args, kwargs) => {
	noArgs('bytearray.clear', args, kwargs);
	B(args[0]).data = new Uint8Array(0);
	return None;
});
method(bytearrayType, 'copy', (args) => new PyBytes(B(args[0]).data.slice(), bytearrayType));

registerIdentityHashType(bytesIterType);
export { newTuple, getIter, iterNext, UnicodeEncodeError };
