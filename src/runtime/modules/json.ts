/*
 * json.ts
 * The json module: a native encoder and scanner (`_json`, CPython's _json.c behaviour: output
 * format, key coercion, sort_keys, circular detection, decoder messages and positions), and the
 * Python-level API (dumps/loads/dump/load, JSONEncoder/JSONDecoder) written in Python on top.
 */

import { PyObject, PyType, PyValue, Kwargs, None, True, False, PyFloat, PyBool, PyBoxed, typeType, intType, floatType, strType } from '../objects/object';
import { typeError, valueError, PyException, ValueError } from '../objects/exceptions';
import { PyDict, PyList, PyTuple, listType, tupleType, dictType } from '../objects/containers';
import { PyModule, PyBuiltin } from '../objects/function';
import { call, repr, isTrue, typeName, richCompare, CmpOp, newInstanceDict } from '../objects/protocol';
import { asInt, asFloatExact } from '../objects/numeric';
import { floatRepr } from '../lib/floatFormat';
import * as I from '../lib/intOps';
import { unitToCodePointIndex } from '../lib/strMethods';
import { rt } from '../objects/runtimeState';
import { registerModule, defFunction } from './registry';
import { registerCachedPythonModule as registerPythonModule } from './common';
import { method } from '../types/util';

// ---------------------------------------------------------------------------------------------
// JSONDecodeError

export const JSONDecodeError = new PyType(typeType, 'JSONDecodeError', [ValueError], new Map(), { module: 'json.decoder' });
JSONDecodeError.hasInstanceDict = true;

function initDecodeError(e: PyException, msg: string, doc: string, pos: number): void {
	const cp = unitToCodePointIndex(doc, pos);
	const before = doc.slice(0, pos);
	const lineno = (before.match(/\n/g)?.length ?? 0) + 1;
	const nl = before.lastIndexOf('\n');
	const colno = cp - (nl < 0 ? -1 : unitToCodePointIndex(doc, nl));
	const errmsg = `${msg}: line ${lineno} column ${colno} (char ${cp})`;
	e.args = [errmsg];
	if (!e.dict) e.dict = newInstanceDict();
	const d = e.dict as PyDict;
	d.setStr('msg', msg);
	d.setStr('doc', doc);
	d.setStr('pos', cp);
	d.setStr('lineno', lineno);
	d.setStr('colno', colno);
}

method(JSONDecodeError, '__init__', (args) => {
	const e = args[0] as PyException;
	const [msg, doc, pos] = args.slice(1);
	if (typeof msg !== 'string' || typeof doc !== 'string' || typeof pos !== 'number') {
		throw typeError('JSONDecodeError.__init__() missing required arguments: msg, doc, pos');
	}
	// pos is a code point index from Python; convert to a unit index for our helper.
	let unit = 0;
	let cps = 0;
	while (cps < pos && unit < doc.length) {
		const c = doc.charCodeAt(unit);
		unit += c >= 0xd800 && c <= 0xdbff && unit + 1 < doc.length ? 2 : 1;
		cps++;
	}
	initDecodeError(e, msg, doc, unit);
	return None;
});
method(JSONDecodeError, '__reduce__', (args) => {
	const e = args[0] as PyException;
	const d = e.dict as PyDict;
	return new PyTuple([e.cls, new PyTuple([d.getStr('msg')!, d.getStr('doc')!, d.getStr('pos')!])]);
});

function decodeError(msg: string, doc: string, pos: number): PyException {
	const e = new PyException(JSONDecodeError, []);
	initDecodeError(e, msg, doc, pos);
	return e;
}

// ---------------------------------------------------------------------------------------------
// Encoder

interface EncodeOptions {
	skipkeys: boolean;
	ensureAscii: boolean;
	checkCircular: boolean;
	allowNan: boolean;
	sortKeys: boolean;
	indent: string | null;
	itemSep: string;
	keySep: string;
	dflt: PyValue;
}

const ESC: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function encodeString(s: string, ensureAscii: boolean): string {
	let out = '"';
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		const c = s.charCodeAt(i);
		const e = ESC[ch];
		if (e !== undefined) out += e;
		else if (c < 0x20 || (ensureAscii && c >= 0x7f)) out += '\\u' + c.toString(16).padStart(4, '0');
		else out += ch;
	}
	return out + '"';
}

function floatStr(x: number, o: EncodeOptions, original: PyValue): string {
	if (Number.isFinite(x)) return floatRepr(x);
	if (!o.allowNan) {
		throw valueError(rt.minor >= 12 ? `Out of range float values are not JSON compliant: ${repr(original)}` : 'Out of range float values are not JSON compliant');
	}
	return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

function intStr(v: number | bigint): string {
	return typeof v === 'number' ? String(v) : I.intToString(v);
}

function encode(obj: PyValue, o: EncodeOptions): string {
	const parts: string[] = [];
	const markers = new Set<PyObject>();
	const enc = (v: PyValue, level: number): void => {
		if (typeof v === 'string') {
			parts.push(encodeString(v, o.ensureAscii));
			return;
		}
		if (v === None) {
			parts.push('null');
			return;
		}
		if (v === True) {
			parts.push('true');
			return;
		}
		if (v === False) {
			parts.push('false');
			return;
		}
		if (typeof v === 'number' || typeof v === 'bigint') {
			parts.push(intStr(v));
			return;
		}
		if (v instanceof PyFloat) {
			parts.push(floatStr(v.value, o, v));
			return;
		}
		if (v instanceof PyBoxed) {
			if (v.cls.isSubtypeOf(strType)) return enc(v.value, level);
			if (v.cls.isSubtypeOf(intType)) return void parts.push(intStr(asInt(v)!));
			if (v.cls.isSubtypeOf(floatType)) return void parts.push(floatStr(asFloatExact(v)!, o, v));
		}
		const isList = v instanceof PyList && v.cls.isSubtypeOf(listType);
		const isTuple = v instanceof PyTuple && v.cls.isSubtypeOf(tupleType);
		const isDict = v instanceof PyDict && v.cls.isSubtypeOf(dictType);
		if (o.checkCircular) {
			if (markers.has(v)) throw valueError('Circular reference detected');
			markers.add(v);
		}
		if (isList || isTuple) {
			const items = (v).items;
			if (items.length === 0) parts.push('[]');
			else {
				parts.push('[');
				let sep = o.itemSep;
				let nl: string | null = null;
				if (o.indent !== null) {
					nl = '\n' + o.indent.repeat(level + 1);
					sep = o.itemSep + nl;
					parts.push(nl);
				}
				for (let i = 0; i < items.length; i++) {
					if (i) parts.push(sep);
					enc(items[i], level + 1);
				}
				if (nl !== null) parts.push('\n' + o.indent!.repeat(level));
				parts.push(']');
			}
		} else if (isDict) {
			encDict(v, level);
		} else {
			if (o.dflt === None) throw typeError(`Object of type ${typeName(v)} is not JSON serializable`);
			enc(call(o.dflt, [v]), level);
		}
		if (o.checkCircular) markers.delete(v);
	};
	const encDict = (d: PyDict, level: number): void => {
		let items = d.entries();
		if (items.length === 0) {
			parts.push('{}');
			return;
		}
		if (o.sortKeys) {
			items = items.slice().sort((a, b) => {
				if (a[0] === b[0]) return 0;
				if (isTrue(richCompare(a[0], b[0], CmpOp.Lt))) return -1;
				if (isTrue(richCompare(b[0], a[0], CmpOp.Lt))) return 1;
				return 0;
			});
		}
		parts.push('{');
		let sep = o.itemSep;
		let nl: string | null = null;
		if (o.indent !== null) {
			nl = '\n' + o.indent.repeat(level + 1);
			sep = o.itemSep + nl;
			parts.push(nl);
		}
		let first = true;
		for (const [k0, val] of items) {
			let k: string;
			if (typeof k0 === 'string') k = k0;
			else if (k0 instanceof PyBoxed && k0.cls.isSubtypeOf(strType)) k = k0.value as string;
			else if (k0 instanceof PyFloat) k = floatStr(k0.value, o, k0);
			else if (k0 === True) k = 'true';
			else if (k0 === False) k = 'false';
			else if (k0 === None) k = 'null';
			else if (typeof k0 === 'number' || typeof k0 === 'bigint') k = intStr(k0);
			else if (k0 instanceof PyBoxed && k0.cls.isSubtypeOf(intType)) k = intStr(asInt(k0)!);
			else if (k0 instanceof PyBoxed && k0.cls.isSubtypeOf(floatType)) k = floatStr(asFloatExact(k0)!, o, k0);
			else if (o.skipkeys) continue;
			else throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k0)}`);
			if (!first) parts.push(sep);
			first = false;
			parts.push(encodeString(k, o.ensureAscii));
			parts.push(o.keySep);
			enc(val, level + 1);
		}
		if (nl !== null) parts.push('\n' + o.indent!.repeat(level));
		parts.push('}');
	};
	enc(obj, 0);
	return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// Decoder (CPython's scanner: same messages and positions)

interface DecodeHooks {
	objectHook: PyValue;
	pairsHook: PyValue;
	parseFloat: PyValue;
	parseInt: PyValue;
	parseConstant: PyValue;
	strict: boolean;
}

class StopScan {
	constructor(readonly pos: number) {}
}

const NUMBER_RE = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;

function isWs(c: string | undefined): boolean {
	return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
function skipWs(s: string, i: number): number {
	while (i < s.length && isWs(s[i])) i++;
	return i;
}

const BACKSLASH: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function scanString(s: string, end: number, strict: boolean): [string, number] {
	const begin = end - 1;
	let out = '';
	for (;;) {
		let j = end;
		while (j < s.length) {
			const c = s.charCodeAt(j);
			if (c === 0x22 || c === 0x5c) break;
			if (strict && c < 0x20) throw decodeError('Invalid control character at', s, j);
			j++;
		}
		if (j >= s.length) throw decodeError('Unterminated string starting at', s, begin);
		out += s.slice(end, j);
		end = j + 1;
		if (s[j] === '"') return [out, end];
		const esc = s[end];
		if (esc === undefined) throw decodeError('Unterminated string starting at', s, begin);
		if (esc !== 'u') {
			const r = BACKSLASH[esc];
			if (r === undefined) throw decodeError('Invalid \\escape', s, end - 1);
			out += r;
			end++;
			continue;
		}
		const hex = (at: number): number => {
			const h = s.slice(at, at + 4);
			if (h.length !== 4 || !/^[0-9a-fA-F]{4}$/.test(h)) throw decodeError('Invalid \\uXXXX escape', s, at - 1);
			return parseInt(h, 16);
		};
		let uni = hex(end + 1);
		end += 5;
		if (uni >= 0xd800 && uni <= 0xdbff && s[end] === '\\' && s[end + 1] === 'u') {
			const uni2 = hex(end + 2);
			if (uni2 >= 0xdc00 && uni2 <= 0xdfff) {
				out += String.fromCharCode(uni, uni2);
				end += 6;
				continue;
			}
		}
		out += String.fromCharCode(uni);
		void uni;
		uni = 0;
	}
}

function decodeValue(s: string, idx: number, h: DecodeHooks): [PyValue, number] {
	const c = s[idx];
	if (c === undefined) throw new StopScan(idx);
	switch (c) {
		case '"':
			return scanString(s, idx + 1, h.strict);
		case '{':
			return decodeObject(s, idx + 1, h);
		case '[':
			return decodeArray(s, idx + 1, h);
		case 'n':
			if (s.startsWith('null', idx)) return [None, idx + 4];
			break;
		case 't':
			if (s.startsWith('true', idx)) return [True, idx + 4];
			break;
		case 'f':
			if (s.startsWith('false', idx)) return [False, idx + 5];
			break;
		case 'N':
			if (s.startsWith('NaN', idx)) return [h.parseConstant === None ? new PyFloat(NaN) : call(h.parseConstant, ['NaN']), idx + 3];
			break;
		case 'I':
			if (s.startsWith('Infinity', idx)) return [h.parseConstant === None ? new PyFloat(Infinity) : call(h.parseConstant, ['Infinity']), idx + 8];
			break;
		case '-':
			if (s.startsWith('-Infinity', idx)) return [h.parseConstant === None ? new PyFloat(-Infinity) : call(h.parseConstant, ['-Infinity']), idx + 9];
			break;
	}
	NUMBER_RE.lastIndex = idx;
	const m = NUMBER_RE.exec(s);
	if (m === null) throw new StopScan(idx);
	const [whole, integer, frac, exp] = m;
	const end = idx + whole.length;
	if (frac || exp) {
		if (h.parseFloat !== None) return [call(h.parseFloat, [whole]), end];
		return [new PyFloat(Number(whole)), end];
	}
	if (h.parseInt !== None) return [call(h.parseInt, [integer]), end];
	return [I.parseIntLiteral(integer), end];
}

function expectValue(s: string, idx: number, h: DecodeHooks): [PyValue, number] {
	try {
		return decodeValue(s, idx, h);
	} catch (e) {
		if (e instanceof StopScan) throw decodeError('Expecting value', s, e.pos);
		throw e;
	}
}

function decodeObject(s: string, end: number, h: DecodeHooks): [PyValue, number] {
	const pairs: [string, PyValue][] = [];
	let nextchar = s[end];
	const finish = (): PyValue => {
		if (h.pairsHook !== None) return call(h.pairsHook, [new PyList(pairs.map(([k, v]) => new PyTuple([k, v])))]);
		const d = new PyDict();
		for (const [k, v] of pairs) d.set(k, v);
		if (h.objectHook !== None) return call(h.objectHook, [d]);
		return d;
	};
	if (nextchar !== '"') {
		if (isWs(nextchar)) {
			end = skipWs(s, end);
			nextchar = s[end];
		}
		if (nextchar === '}') return [finish(), end + 1];
		if (nextchar !== '"') throw decodeError('Expecting property name enclosed in double quotes', s, end);
	}
	end++;
	for (;;) {
		let key: string;
		[key, end] = scanString(s, end, h.strict);
		if (s[end] !== ':') {
			end = skipWs(s, end);
			if (s[end] !== ':') throw decodeError("Expecting ':' delimiter", s, end);
		}
		end++;
		end = skipWs(s, end);
		let value: PyValue;
		[value, end] = expectValue(s, end, h);
		pairs.push([key, value]);
		end = skipWs(s, end);
		nextchar = s[end] ?? '';
		end++;
		if (nextchar === '}') break;
		if (nextchar !== ',') throw decodeError("Expecting ',' delimiter", s, end - 1);
		const commaIdx = end - 1;
		end = skipWs(s, end);
		nextchar = s[end] ?? '';
		end++;
		if (nextchar !== '"') {
			if (nextchar === '}' && rt.minor >= 13) throw decodeError('Illegal trailing comma before end of object', s, commaIdx);
			throw decodeError('Expecting property name enclosed in double quotes', s, end - 1);
		}
	}
	return [finish(), end];
}

function decodeArray(s: string, end: number, h: DecodeHooks): [PyValue, number] {
	const values: PyValue[] = [];
	end = skipWs(s, end);
	if (s[end] === ']') return [new PyList(values), end + 1];
	for (;;) {
		let value: PyValue;
		[value, end] = expectValue(s, end, h);
		values.push(value);
		end = skipWs(s, end);
		const nextchar = s[end] ?? '';
		end++;
		if (nextchar === ']') break;
		if (nextchar !== ',') throw decodeError("Expecting ',' delimiter", s, end - 1);
		const commaIdx = end - 1;
		end = skipWs(s, end);
		if (s[end] === ']' && rt.minor >= 13) throw decodeError('Illegal trailing comma before end of array', s, commaIdx);
	}
	return [new PyList(values), end];
}

function decode(s: string, h: DecodeHooks, idx: number, raw: boolean): PyValue {
	if (!raw && s.startsWith('\ufeff')) throw decodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
	let start = raw ? idx : skipWs(s, 0);
	const [v, end0] = expectValue(s, start, h);
	if (raw) return new PyTuple([v, unitToCodePointIndex(s, end0)]);
	const end = skipWs(s, end0);
	if (end !== s.length) throw decodeError('Extra data', s, end);
	start = 0;
	return v;
}

registerModule('_json', (m: PyModule) => {
	m.dict.setStr('JSONDecodeError', JSONDecodeError);
	// encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_sep, key_sep, default)
	defFunction(m, 'encode', (args) => {
		const [obj, skipkeys, ensureAscii, checkCircular, allowNan, sortKeys, indent, itemSep, keySep, dflt] = args;
		let ind: string | null = null;
		if (indent !== None && indent !== undefined) {
			if (typeof indent === 'string') ind = indent;
			else {
				const n = asInt(indent);
				if (n === undefined) throw typeError(`can't multiply sequence by non-int of type '${typeName(indent)}'`);
				ind = ' '.repeat(Math.max(0, Number(n)));
			}
		}
		return encode(obj, {
			skipkeys: isTrue(skipkeys),
			ensureAscii: isTrue(ensureAscii),
			checkCircular: isTrue(checkCircular),
			allowNan: isTrue(allowNan),
			sortKeys: isTrue(sortKeys),
			indent: ind,
			itemSep: itemSep as string,
			keySep: keySep as string,
			dflt: dflt ?? None,
		});
	});
	defFunction(m, 'encode_basestring_ascii', (args) => encodeString(args[0] as string, true));
	defFunction(m, 'encode_basestring', (args) => encodeString(args[0] as string, false));
	// decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict, idx=-1)
	defFunction(m, 'decode', (args) => {
		const [s, oh, ph, pf, pi, pc, strict, idx] = args;
		if (typeof s !== 'string') throw typeError(`the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
		const hooks: DecodeHooks = {
			objectHook: oh ?? None,
			pairsHook: ph ?? None,
			parseFloat: pf ?? None,
			parseInt: pi ?? None,
			parseConstant: pc ?? None,
			strict: strict === undefined ? true : isTrue(strict),
		};
		const raw = idx !== undefined && idx !== None;
		let unit = 0;
		if (raw) {
			const cp = Number(asInt(idx) ?? 0);
			let k = 0;
			while (k < cp && unit < s.length) {
				const c = s.charCodeAt(unit);
				unit += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
				k++;
			}
		}
		return decode(s, hooks, unit, raw);
	});
});

const JSON_PY = String.raw`
"""JSON (JavaScript Object Notation) encoder and decoder."""
from _json import encode as _encode, decode as _decode, JSONDecodeError, encode_basestring_ascii as _enc_ascii, encode_basestring as _enc

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                       self.sort_keys, self.indent, self.item_separator, self.key_separator, self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _decode(s, self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int,
                       self.parse_constant, self.strict)

    def raw_decode(self, s, idx=0):
        return _decode(s, self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int,
                       self.parse_constant, self.strict, idx)


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        if separators is not None:
            item_sep, key_sep = separators
        else:
            item_sep = ', ' if indent is None else ','
            key_sep = ': '
        return _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
                       item_sep, key_sep, default)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if cls is None and not kw:
        return _decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
                       kw.get('strict', True))
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
`;

registerPythonModule('json', JSON_PY);

void PyBuiltin;
void PyBool;
void (null as unknown as Kwargs);
