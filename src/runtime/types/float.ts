/*
 * float.ts
 * The float type: float(x) parsing with Python's literal rules, arithmetic dunders (int or float
 * operands), comparisons, round/trunc/floor/ceil, is_integer, as_integer_ratio, hex/fromhex,
 * formatting via lib/formatSpec.
 */

import { PyValue, PyType, None, NotImplemented, True, False, pyBool, PyFloat, PyBoxed, floatType, typeOf } from '../objects/object';
import { typeError, valueError, overflowError, zeroDivisionError } from '../objects/exceptions';
import { newTuple } from '../objects/containers';
import { BinOp, floatBinary, asInt, asFloatExact, intToFloatChecked, floatFloorDiv, floatMod, numberCompare } from '../objects/numeric';
import { callSpecial, call, typeName, newInstanceDict, toIndex, CmpOp, str as pyStr, objectId } from '../objects/protocol';
import * as I from '../lib/intOps';
import { formatFloat } from '../lib/formatSpec';
import { floatRepr, roundFloat, roundFloatToInt } from '../lib/floatFormat';
import { isPyWhitespaceCode } from '../lib/intOps';
import { strRepr, isAscii } from '../lib/strMethods';
import { rt } from '../objects/runtimeState';
import { method, setNew, getset, classMethod, checkPositional, noKw, exactlyOne, methodSince } from './util';
import { bytesLike } from './bytes';

/** The float value of self (float or float subclass instance). */
export function floatVal(v: PyValue): number {
	const f = asFloatExact(v);
	if (f === undefined) throw typeError(`descriptor requires a 'float' object but received a '${typeName(v)}'`);
	return f;
}

function stripPyWhitespace(s: string): string {
	let a = 0;
	let b = s.length;
	while (a < b && isPyWhitespaceCode(s.charCodeAt(a))) a++;
	while (b > a && isPyWhitespaceCode(s.charCodeAt(b - 1))) b--;
	return s.slice(a, b);
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Converts Unicode decimal digits to ASCII (float('١.٥')). */
function asciiDigits(s: string): string {
	if (isAscii(s)) return s;
	return s.replace(/\p{Nd}/gu, (d) => {
		const c = d.codePointAt(0)!;
		// Decimal digit blocks are contiguous runs of ten starting at a code point ending in 0 (mostly).
		for (let base = c; base > c - 10; base--) {
			if (!/\p{Nd}/u.test(String.fromCodePoint(base - 1)) || (base - 1) % 16 === 15) {
				return String((c - base) % 10);
			}
		}
		return String((c - (c - (c % 16))) % 10);
	});
}

/** float(str) with CPython's accepted syntax and error message. */
export function parseFloatStr(text: string): number {
	const s = asciiDigits(stripPyWhitespace(text));
	if (FLOAT_RE.test(s)) return Number(s.replace(/_/g, ''));
	const m = SPECIAL_RE.exec(s);
	if (m) {
		if (m[2].toLowerCase() === 'nan') return NaN;
		return m[1] === '-' ? -Infinity : Infinity;
	}
	throw valueError(`could not convert string to float: ${strRepr(text)}`);
}

/** float(x) for one argument (PyNumber_Float). */
export function toFloat(x: PyValue): number {
	if (x instanceof PyFloat) return x.value;
	if (typeof x === 'string') return parseFloatStr(x);
	const i = asInt(x);
	if (i !== undefined) return intToFloatChecked(i);
	const f = asFloatExact(x);
	if (f !== undefined && !(typeof x === 'object' && !x.cls.isBuiltin && x.cls.lookup('__float__') !== floatType.ns.get('__float__')))
		return f;
	if (x instanceof PyBoxed && typeof x.value === 'string') return parseFloatStr(x.value);
	const t = typeOf(x);
	if (t.lookup('__float__') !== undefined) {
		const r = callSpecial(x, '__float__', [])!;
		const rf = asFloatExact(r);
		if (rf === undefined)
			throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
		return rf;
	}
	if (t.lookup('__index__') !== undefined && rt.minor >= 8) return intToFloatChecked(toIndex(x));
	const bl = bytesLike(x);
	if (bl !== null) {
		let s = '';
		for (const b of bl) s += String.fromCharCode(b);
		return parseFloatStr(s);
	}
	throw typeError(
		rt.minor >= 10
			? `float() argument must be a string or a real number, not '${typeName(x)}'`
			: `float() argument must be a string or a number, not '${typeName(x)}'`
	);
}

setNew(floatType, (args, kwargs) => {
	const cls = args[0] as PyType;
	if (cls === floatType) noKw('float', kwargs);
	checkPositional('float', args, 0, 1, 1);
	const v = args.length > 1 ? toFloat(args[1]) : 0;
	if (cls === floatType) return args.length > 1 && args[1] instanceof PyFloat && args[1].cls === floatType ? args[1] : new PyFloat(v);
	const o = new PyBoxed(cls, new PyFloat(v));
	if (cls.hasInstanceDict) o.dict = newInstanceDict();
	return o;
});

/** The float value of an arithmetic operand (int or float), or undefined. */
function operand(v: PyValue): number | undefined {
	if (v instanceof PyFloat) return v.value;
	const i = asInt(v);
	if (i !== undefined) return intToFloatChecked(i);
	return asFloatExact(v);
}

const OPS: [string, BinOp][] = [
	['add', BinOp.Add],
	['sub', BinOp.Sub],
	['mul', BinOp.Mul],
	['truediv', BinOp.TrueDiv],
	['floordiv', BinOp.FloorDiv],
	['mod', BinOp.Mod],
];
for (const [name, op] of OPS) {
	method(floatType, `__${name}__`, (args) => {
		const b = operand(args[1]);
		if (b === undefined) return NotImplemented;
		return floatBinary(op, floatVal(args[0]), b);
	});
	method(floatType, `__r${name}__`, (args) => {
		const b = operand(args[1]);
		if (b === undefined) return NotImplemented;
		return floatBinary(op, b, floatVal(args[0]));
	});
}

export function floatDivmod(x: number, y: number): PyValue {
	if (y === 0) throw zeroDivisionError(rt.minor >= 13 ? 'float divmod()' : 'float divmod()');
	return newTuple([new PyFloat(floatFloorDiv(x, y)), new PyFloat(floatMod(x, y))]);
}
method(floatType, '__divmod__', (args) => {
	const b = operand(args[1]);
	if (b === undefined) return NotImplemented;
	return floatDivmod(floatVal(args[0]), b);
});
method(floatType, '__rdivmod__', (args) => {
	const b = operand(args[1]);
	if (b === undefined) return NotImplemented;
	return floatDivmod(b, floatVal(args[0]));
});
const powImpl = (a: number, b: number, m: PyValue | undefined): PyValue => {
	if (m !== undefined && m !== None) throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
	return floatBinary(BinOp.Pow, a, b);
};
method(floatType, '__pow__', (args) => {
	const b = operand(args[1]);
	if (b === undefined) return NotImplemented;
	return powImpl(floatVal(args[0]), b, args[2]);
});
method(floatType, '__rpow__', (args) => {
	const b = operand(args[1]);
	if (b === undefined) return NotImplemented;
	return powImpl(b, floatVal(args[0]), args[2]);
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
	method(floatType, name, (args) => {
		const other = args[1];
		if (asInt(other) === undefined && asFloatExact(other) === undefined) return NotImplemented;
		const c = numberCompare(new PyFloat(floatVal(args[0])), asFloatExact(other) !== undefined ? new PyFloat(asFloatExact(other)!) : asInt(other)!);
		if (c === undefined) return NotImplemented;
		if (Number.isNaN(c)) return pyBool(op === CmpOp.Ne);
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

method(floatType, '__repr__', (args) => floatRepr(floatVal(args[0])));
method(floatType, '__hash__', (args) => {
	const self = args[0];
	const x = floatVal(self);
	if (Number.isNaN(x)) return rt.minor >= 10 ? Math.floor(objectId(self) / 16) : 0;
	return I.hashFloat(x);
});
method(floatType, '__bool__', (args) => pyBool(floatVal(args[0]) !== 0));
method(floatType, '__neg__', (args) => new PyFloat(-floatVal(args[0])));
method(floatType, '__pos__', (args) => new PyFloat(floatVal(args[0])));
method(floatType, '__abs__', (args) => new PyFloat(Math.abs(floatVal(args[0]))));
method(floatType, '__int__', (args) => I.floatTrunc(floatVal(args[0])));
method(floatType, '__trunc__', (args) => I.floatTrunc(floatVal(args[0])));
methodSince(9, floatType, '__floor__', (args) => I.floatFloor(floatVal(args[0])));
methodSince(9, floatType, '__ceil__', (args) => I.floatCeil(floatVal(args[0])));
method(floatType, '__float__', (args) => {
	const self = args[0];
	return self instanceof PyFloat ? self : new PyFloat(floatVal(self));
});
method(floatType, '__getnewargs__', (args) => newTuple([new PyFloat(floatVal(args[0]))]));
method(floatType, '__round__', (args) => {
	checkPositional('__round__', args, 0, 1, 1);
	const x = floatVal(args[0]);
	if (args.length < 2 || args[1] === None) return roundFloatToInt(x);
	const nd = toIndex(args[1]);
	const n = typeof nd === 'bigint' ? (nd > 0n ? 400 : -400) : nd;
	return new PyFloat(roundFloat(x, n));
});
method(floatType, '__format__', (args) => {
	const spec = args[1];
	if (typeof spec !== 'string') throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
	if (spec === '') return pyStr(args[0]);
	return formatFloat(floatVal(args[0]), spec, { minor: rt.minor, typeName: typeName(args[0]) });
});

getset(floatType, 'real', (self) => new PyFloat(floatVal(self)));
getset(floatType, 'imag', () => new PyFloat(0));
method(floatType, 'conjugate', (args) => new PyFloat(floatVal(args[0])));
method(floatType, 'is_integer', (args) => pyBool(Number.isInteger(floatVal(args[0]))));

/** x.as_integer_ratio() exactly. */
export function floatRatio(x: number): [I.PyInt, I.PyInt] {
	if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio');
	if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio');
	if (Number.isInteger(x)) return [I.floatTrunc(x), 1];
	let num = x;
	let exp = 0;
	while (!Number.isInteger(num)) {
		num *= 2;
		exp++;
	}
	let n = BigInt(num);
	let d = 1n << BigInt(exp);
	while ((n & 1n) === 0n && d > 1n) {
		n >>= 1n;
		d >>= 1n;
	}
	return [I.normalize(n), I.normalize(d)];
}
method(floatType, 'as_integer_ratio', (args) => newTuple(floatRatio(floatVal(args[0]))));

/** float.hex(). */
export function floatHex(x: number): string {
	if (Number.isNaN(x)) return 'nan';
	if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
	const sign = x < 0 || Object.is(x, -0) ? '-' : '';
	x = Math.abs(x);
	if (x === 0) return sign + '0x0.0p+0';
	const buf = new DataView(new ArrayBuffer(8));
	buf.setFloat64(0, x);
	const hi = buf.getUint32(0);
	const lo = buf.getUint32(4);
	let e = (hi >>> 20) & 0x7ff;
	const mantHi = hi & 0xfffff;
	let lead = 1;
	if (e === 0) {
		lead = 0;
		e = -1022;
	} else e -= 1023;
	const mant = mantHi.toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
	return `${sign}0x${lead}.${mant}p${e >= 0 ? '+' : '-'}${Math.abs(e)}`;
}
method(floatType, 'hex', (args) => floatHex(floatVal(args[0])));

/** float.fromhex(s). */
export function floatFromHex(text: string): number {
	const s = stripPyWhitespace(text);
	const special = SPECIAL_RE.exec(s);
	if (special) return special[2].toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
	const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(s);
	if (!m || (m[2] === '' && (m[3] === undefined || m[3] === '')))
		throw valueError('invalid hexadecimal floating-point string');
	const intPart = m[2] ?? '';
	const frac = m[3] ?? '';
	let exp = m[4] ? parseInt(m[4], 10) : 0;
	const digits = (intPart + frac).replace(/^0+/, '') || '0';
	exp -= 4 * frac.length;
	let mant = BigInt('0x' + digits);
	if (mant === 0n) return m[1] === '-' ? -0 : 0;
	// Scale to get 53+ significant bits and round half-even.
	const bits = mant.toString(2).length;
	let e2 = exp;
	const extra = bits - 53;
	let value: number;
	if (extra > 0) {
		const shifted = mant >> BigInt(extra);
		const rem = mant & ((1n << BigInt(extra)) - 1n);
		const half = 1n << BigInt(extra - 1);
		mant = shifted;
		if (rem > half || (rem === half && (shifted & 1n) === 1n)) mant += 1n;
		e2 += extra;
	}
	value = Number(mant) * Math.pow(2, e2);
	if (!Number.isFinite(value)) {
		// Split the scaling to avoid premature overflow/underflow.
		value = Number(mant) * Math.pow(2, e2 - 100) * Math.pow(2, 100);
		if (!Number.isFinite(value)) throw overflowError('hexadecimal value too large to represent as a float');
	}
	if (value === 0 || !Number.isFinite(Number(mant) * Math.pow(2, e2))) {
		value = Number(mant) * Math.pow(2, Math.max(e2, -1074 - 60)) * (e2 < -1074 - 60 ? 0 : 1);
	}
	return m[1] === '-' ? -value : value;
}
classMethod(floatType, 'fromhex', (args, kwargs) => {
	exactlyOne('float.fromhex', args, kwargs, 1);
	const s = args[1];
	if (typeof s !== 'string') throw typeError(`bad argument type for built-in operation`);
	const v = floatFromHex(s);
	const cls = args[0] as PyType;
	if (cls === floatType) return new PyFloat(v);
	return call(cls, [new PyFloat(v)]);
});
classMethod(floatType, '__getformat__', (args) => {
	const t = args[1];
	if (t !== 'double' && t !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
	return 'IEEE, little-endian';
});

floatType.ns.set('__doc__', 'Convert a string or number to a floating-point number, if possible.');

export { floatType, True, False };
