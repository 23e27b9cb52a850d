/*
 * int.ts
 * The int type: int(x) / int(str, base) construction, arithmetic dunders (for explicit calls and
 * subclasses; the protocol fast-paths builtin ints), comparisons, rounding, bit operations,
 * to_bytes/from_bytes, formatting and the numerator/denominator/real/imag attributes.
 */

import { PyValue, PyType, Kwargs, None, NotImplemented, True, False, pyBool, PyFloat, PyBoxed, intType, boolType, typeOf } from '../objects/object';
import { typeError, valueError, overflowError, zeroDivisionError } from '../objects/exceptions';
import { newTuple } from '../objects/containers';
import { BinOp, numberBinary, asInt, asFloatExact, intToFloatChecked } from '../objects/numeric';
import { callSpecial, call, toArray, typeName, newInstanceDict, toIndex, CmpOp, str as pyStr, getAttrOpt } from '../objects/protocol';
import * as I from '../lib/intOps';
import { formatInt } from '../lib/formatSpec';
import { rt } from '../objects/runtimeState';
import { method, setNew, bindArgs, getset, classMethod, noArgs, checkPositional, methodSince, unexpectedKw } from './util';
import { PyBytes, bytesLike } from './bytes';

/** The int value of self (int, bool, or int subclass instance). */
export function intVal(v: PyValue): I.PyInt {
	const i = asInt(v);
	if (i === undefined) throw typeError(`descriptor requires a 'int' object but received a '${typeName(v)}'`);
	return i;
}

function intStrLimit(): I.IntStrLimit {
	// Set by sys.set_int_max_str_digits (modules/sys.ts).
	const max = rt.modules.get('sys.intMaxStrDigits');
	const lim = I.defaultIntStrLimit(rt.minor);
	if (typeof max === 'number') return { ...lim, maxDigits: max };
	return lim;
}

/** int(x) for one argument (CPython PyNumber_Long). */
export function toInt(x: PyValue): I.PyInt {
	if (typeof x === 'number' || typeof x === 'bigint') return x;
	if (typeof x === 'string') return I.parseIntLiteral(x, 10, intStrLimit());
	const i = asInt(x);
	if (i !== undefined) return i;
	const f = asFloatExact(x);
	if (f !== undefined) return I.floatTrunc(f);
	if (x instanceof PyBoxed && typeof x.value === 'string') return I.parseIntLiteral(x.value, 10, intStrLimit());
	const t = typeOf(x);
	const m = t.lookup('__int__');
	if (m !== undefined) {
		const r = callSpecial(x, '__int__', [])!;
		const ri = asInt(r);
		if (ri === undefined) throw typeError(`__int__ returned non-int (type ${typeName(r)})`);
		return ri;
	}
	if (t.lookup('__index__') !== undefined) return toIndex(x);
	if (t.lookup('__trunc__') !== undefined && rt.minor < 14) {
		const r = callSpecial(x, '__trunc__', [])!;
		const ri = asInt(r);
		if (ri !== undefined) return ri;
		return toIntFromIndexOnly(r);
	}
	const bl = bytesLike(x);
	if (bl !== null) return I.parseIntLiteral(latin1(bl), 10, intStrLimit());
	throw typeError(
		rt.minor >= 10
			? `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`
			: `int() argument must be a string, a bytes-like object or a number, not '${typeName(x)}'`
	);
}

function toIntFromIndexOnly(r: PyValue): I.PyInt {
	if (typeOf(r).lookup('__index__') !== undefined) return toIndex(r);
	throw typeError(`__trunc__ returned non-Integral (type ${typeName(r)})`);
}

function latin1(b: Uint8Array): string {
	let s = '';
	for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
	return s;
}

setNew(intType, (args, kwargs) => {
	const cls = args[0] as PyType;
	if (args.length > 3)
		throw typeError(
			rt.minor >= 13 ? `int expected at most 2 arguments, got ${args.length - 1}` : `int() takes at most 2 arguments (${args.length - 1} given)`
		);
	const x: PyValue | undefined = args[1];
	let base: PyValue | undefined = args[2];
	if (kwargs !== null) {
		for (const [k, v] of kwargs) {
			if (k === 'base' && base === undefined) base = v;
			else if (k === 'base') throw typeError(`argument for int() given by name ('base') and position (2)`);
			else throw typeError(unexpectedKw('int', k, ['base']));
		}
	}
	let value: I.PyInt;
	if (x === undefined) {
		if (base !== undefined) throw typeError('int() missing string argument');
		value = 0;
	} else if (base === undefined) {
		value = toInt(x);
	} else {
		const b = toIndex(base);
		if (typeof b !== 'number' || ((b < 2 || b > 36) && b !== 0))
			throw valueError('int() base must be >= 2 and <= 36, or 0');
		let text: string;
		if (typeof x === 'string') text = x;
		else if (x instanceof PyBoxed && typeof x.value === 'string') text = x.value;
		else {
			const bl = bytesLike(x);
			if (bl === null) throw typeError("int() can't convert non-string with explicit base");
			text = latin1(bl);
		}
		value = I.parseIntLiteral(text, b, intStrLimit());
	}
	if (cls === intType) return value;
	if (cls === boolType) return pyBool(value !== 0);
	const o = new PyBoxed(cls, value);
	if (cls.hasInstanceDict) o.dict = newInstanceDict();
	return o;
});

// Arithmetic dunders: only int/bool operands (floats get NotImplemented, as CPython's int slots).
const OPS: [string, BinOp][] = [
	['add', BinOp.Add],
	['sub', BinOp.Sub],
	['mul', BinOp.Mul],
	['truediv', BinOp.TrueDiv],
	['floordiv', BinOp.FloorDiv],
	['mod', BinOp.Mod],
	['lshift', BinOp.LShift],
	['rshift', BinOp.RShift],
	['and', BinOp.And],
	['or', BinOp.Or],
	['xor', BinOp.Xor],
];
for (const [name, op] of OPS) {
	method(intType, `__${name}__`, (args) => {
		const a = args[0];
		const b = args[1];
		if (asInt(b) === undefined) return NotImplemented;
		return numberBinary(op, intVal(a), asInt(b)!);
	});
	method(intType, `__r${name}__`, (args) => {
		const a = args[0];
		const b = args[1];
		if (asInt(b) === undefined) return NotImplemented;
		return numberBinary(op, asInt(b)!, intVal(a));
	});
}

export function intDivmod(a: I.PyInt, b: I.PyInt): PyValue {
	if (I.sign(b) === 0) throw zeroDivisionError(rt.minor >= 12 ? 'integer division or modulo by zero' : 'integer division or modulo by zero');
	const [q, r] = I.divmod(a, b);
	return newTuple([q, r]);
}
method(intType, '__divmod__', (args) => {
	const b = asInt(args[1]);
	if (b === undefined) return NotImplemented;
	return intDivmod(intVal(args[0]), b);
});
method(intType, '__rdivmod__', (args) => {
	const b = asInt(args[1]);
	if (b === undefined) return NotImplemented;
	return intDivmod(b, intVal(args[0]));
});

/** pow(a, b[, m]) for ints. */
export function intPow(a: I.PyInt, b: I.PyInt, m: PyValue | undefined): PyValue {
	if (m === undefined || m === None) return numberBinary(BinOp.Pow, a, b);
	const mi = asInt(m);
	if (mi === undefined) return NotImplemented;
	if (I.sign(mi) === 0) throw valueError('pow() 3rd argument cannot be 0');
	return I.powMod(a, b, mi, rt.minor);
}
method(intType, '__pow__', (args) => {
	const b = asInt(args[1]);
	if (b === undefined) return NotImplemented;
	return intPow(intVal(args[0]), b, args[2]);
});
method(intType, '__rpow__', (args) => {
	const b = asInt(args[1]);
	if (b === undefined) return NotImplemented;
	return intPow(b, intVal(args[0]), args[2]);
});

const CMPS: [string, CmpOp][] = [
	['__lt__', CmpOp.Lt],
	['__le__', CmpOp.Le],
	['__eq__', CmpOp.Eq],
	['__ne__', CmpOp.Ne],
	['__gt__', CmpOp.Gt],
	['__ge__', CmpOp.Ge],
];
for (const [name, op] of CMPS) {
	method(intType, name, (args) => {
		const b = asInt(args[1]);
		if (b === undefined) return NotImplemented;
		const c = I.compare(intVal(args[0]), b);
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

method(intType, '__repr__', (args) => I.intToString(intVal(args[0]), 10, intStrLimit()));
method(intType, '__hash__', (args) => I.hashInt(intVal(args[0])));
method(intType, '__bool__', (args) => pyBool(I.sign(intVal(args[0])) !== 0));
method(intType, '__neg__', (args) => I.neg(intVal(args[0])));
method(intType, '__pos__', (args) => intVal(args[0]));
method(intType, '__abs__', (args) => I.abs(intVal(args[0])));
method(intType, '__invert__', (args) => I.invert(intVal(args[0])));
method(intType, '__int__', (args) => intVal(args[0]));
method(intType, '__index__', (args) => intVal(args[0]));
method(intType, '__float__', (args) => new PyFloat(intToFloatChecked(intVal(args[0]))));
method(intType, '__trunc__', (args) => intVal(args[0]));
method(intType, '__floor__', (args) => intVal(args[0]));
method(intType, '__ceil__', (args) => intVal(args[0]));
method(intType, '__getnewargs__', (args) => newTuple([intVal(args[0])]));
method(intType, '__sizeof__', (args) => 28 + 4 * Math.max(0, Math.ceil(I.bitLength(intVal(args[0])) / 30) - 1));

/** round(n, ndigits) for an int: half-to-even at 10**-ndigits. */
export function roundInt(n: I.PyInt, ndigits: I.PyInt): I.PyInt {
	if (I.sign(ndigits) >= 0) return n;
	const nd = -Number(ndigits);
	if (nd > 5000) return 0;
	const p = I.pow(10, nd);
	const [q, r] = I.divmod(n, p);
	const twice = I.mul(r, 2);
	const c = I.compare(twice, p);
	const up = c > 0 || (c === 0 && I.sign(I.and(q, 1)) !== 0);
	return I.mul(up ? I.add(q, 1) : q, p);
}
method(intType, '__round__', (args) => {
	checkPositional('__round__', args, 0, 1, 1);
	const n = intVal(args[0]);
	if (args.length < 2 || args[1] === None) return n;
	return roundInt(n, toIndex(args[1]));
});
method(intType, '__format__', (args) => {
	const self = args[0];
	const spec = args[1];
	if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
	if (spec === '') return pyStr(self);
	return formatInt(intVal(self), spec, { minor: rt.minor, typeName: typeName(self) });
});

getset(intType, 'real', (self) => intVal(self));
getset(intType, 'imag', () => 0);
getset(intType, 'numerator', (self) => intVal(self));
getset(intType, 'denominator', () => 1);
method(intType, 'conjugate', (args) => intVal(args[0]));
method(intType, 'bit_length', (args, kwargs) => {
	noArgs('int.bit_length', args, kwargs);
	return I.bitLength(intVal(args[0]));
});
methodSince(10, intType, 'bit_count', (args, kwargs) => {
	noArgs('int.bit_count', args, kwargs);
	return I.bitCount(intVal(args[0]));
});
methodSince(8, intType, 'as_integer_ratio', (args) => newTuple([intVal(args[0]), 1]));
methodSince(12, intType, 'is_integer', () => True);

function byteorderArg(v: PyValue | undefined, fname: string): 'big' | 'little' {
	if (v === undefined) {
		if (rt.minor < 11) throw typeError(`${fname}() missing required argument 'byteorder' (pos 2)`);
		return 'big';
	}
	if (typeof v !== 'string') throw typeError(`${fname}() argument 'byteorder' must be str, not ${typeName(v)}`);
	if (v !== 'big' && v !== 'little') throw valueError("byteorder must be either 'little' or 'big'");
	return v;
}

method(intType, 'to_bytes', (args, kwargs) => {
	const [lengthV, orderV, signedV] = bindArgs(
		{ name: 'to_bytes', params: ['length', 'byteorder', 'signed'], kwOnlyFrom: 2, required: rt.minor >= 11 ? 0 : 2, exactPositional: rt.minor >= 8 && rt.minor <= 10 },
		args,
		kwargs,
		1
	);
	const n = I.toBig(intVal(args[0]));
	let length = 1;
	if (lengthV !== undefined) {
		const l = toIndex(lengthV);
		if (I.sign(l) < 0) throw valueError('length argument must be non-negative');
		length = Number(l);
	} else if (rt.minor < 11) throw typeError(`to_bytes() missing required argument 'length' (pos 1)`);
	const order = byteorderArg(orderV, 'to_bytes');
	const signed = signedV !== undefined && signedV !== False && signedV !== None && signedV !== 0;
	if (n < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
	const bits = BigInt(length * 8);
	if (signed) {
		const lim = 1n << (bits - 1n);
		if (length === 0 ? n !== 0n : n >= lim || n < -lim) throw overflowError('int too big to convert');
	} else if (n >= 1n << bits) throw overflowError('int too big to convert');
	let u = n < 0n ? (1n << bits) + n : n;
	const out = new Uint8Array(length);
	for (let i = length - 1; i >= 0; i--) {
		out[i] = Number(u & 0xffn);
		u >>= 8n;
	}
	if (order === 'little') out.reverse();
	return new PyBytes(out);
});

classMethod(intType, 'from_bytes', (args, kwargs) => {
	const [bytesV, orderV, signedV] = bindArgs(
		{ name: 'from_bytes', params: ['bytes', 'byteorder', 'signed'], kwOnlyFrom: 2, required: rt.minor >= 11 ? 1 : 2 },
		args,
		kwargs,
		1
	);
	const cls = args[0] as PyType;
	let data = bytesLike(bytesV!);
	if (data === null) {
		const items = toArray(bytesV!);
		data = new Uint8Array(items.map((x) => Number(toIndex(x))));
	}
	const order = byteorderArg(orderV, 'from_bytes');
	const signed = signedV !== undefined && signedV !== False && signedV !== None && signedV !== 0;
	const bytes = order === 'little' ? Array.from(data).reverse() : Array.from(data);
	let v = 0n;
	for (const b of bytes) v = (v << 8n) | BigInt(b);
	if (signed && bytes.length > 0 && bytes[0] >= 0x80) v -= 1n << BigInt(bytes.length * 8);
	const r = I.normalize(v);
	if (cls === intType) return r;
	return call(cls, [r]);
});


intType.ns.set('__doc__', "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.");

export { intType, getAttrOpt };
export type { Kwargs };
