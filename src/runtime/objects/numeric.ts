/*
 * numeric.ts
 * Arithmetic on int, bool and float values with Python's semantics (floor division, modulo
 * sign, int/float promotion, exact mixed comparisons). Returns NotImplemented for other types.
 */

import { PyValue, PyFloat, PyBool, NotImplemented, PyBoxed, intType, floatType } from './object';
import * as I from '../lib/intOps';
import { pow as crPow } from '../lib/crMath';
import { zeroDivisionError, overflowError, newException, MemoryError } from './exceptions';
import { rt, LIMITS } from './runtimeState';

export const enum BinOp {
	Add,
	Sub,
	Mul,
	TrueDiv,
	FloorDiv,
	Mod,
	Pow,
	MatMul,
	LShift,
	RShift,
	And,
	Or,
	Xor,
}

export const BINOP_SYMBOLS = [
	'+',
	'-',
	'*',
	'/',
	'//',
	'%',
	'** or pow()',
	'@',
	'<<',
	'>>',
	'&',
	'|',
	'^',
];
export const BINOP_INPLACE_SYMBOLS = [
	'+=',
	'-=',
	'*=',
	'/=',
	'//=',
	'%=',
	'**=',
	'@=',
	'<<=',
	'>>=',
	'&=',
	'|=',
	'^=',
];
export const BINOP_DUNDERS = [
	'add',
	'sub',
	'mul',
	'truediv',
	'floordiv',
	'mod',
	'pow',
	'matmul',
	'lshift',
	'rshift',
	'and',
	'or',
	'xor',
];

/** The int value of an int, bool or int-subclass instance; undefined otherwise. */
export function asInt(v: PyValue): number | bigint | undefined {
	if (typeof v === 'number' || typeof v === 'bigint') return v;
	if (v instanceof PyBool) return v.value;
	if (v instanceof PyBoxed && v.cls.isSubtypeOf(intType)) return v.value as number | bigint;
	return undefined;
}

/** The float value of a float or float-subclass instance; undefined otherwise. */
export function asFloatExact(v: PyValue): number | undefined {
	if (v instanceof PyFloat) return v.value;
	if (v instanceof PyBoxed && v.cls.isSubtypeOf(floatType)) return (v.value as PyFloat).value;
	return undefined;
}

/** Float value of an int/bool/float, undefined for other types (int overflow raises). */
export function asNumber(v: PyValue): number | undefined {
	if (typeof v === 'number') return v;
	if (v instanceof PyFloat) return v.value;
	const i = asInt(v);
	if (i !== undefined) return intToFloatChecked(i);
	return asFloatExact(v);
}

export function intToFloatChecked(i: number | bigint): number {
	if (typeof i === 'number') return i;
	const f = I.intToFloat(i);
	if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
	return f;
}

export function newFloat(x: number): PyFloat {
	return new PyFloat(x);
}

/** Binary arithmetic on two ints. */
export function intBinary(op: BinOp, a: number | bigint, b: number | bigint): PyValue {
	switch (op) {
		case BinOp.Add:
			return I.add(a, b);
		case BinOp.Sub:
			return I.sub(a, b);
		case BinOp.Mul:
			return I.mul(a, b);
		case BinOp.TrueDiv:
			return new PyFloat(I.trueDiv(a, b));
		case BinOp.FloorDiv:
			return I.floorDiv(a, b);
		case BinOp.Mod:
			return I.mod(a, b, rt.minor);
		case BinOp.Pow: {
			if (I.sign(b) > 0 && (typeof a === 'bigint' || Math.abs(a) > 1)) {
				// Estimated result size: bits(a) * b. Refuse before JavaScript spends minutes on it.
				const bits = I.bitLength(a) * Number(b);
				if (bits > LIMITS.maxIntBits) throw newException(MemoryError);
			}
			const r = I.powAny(a, b);
			return r.kind === 'int' ? r.value : new PyFloat(r.value);
		}
		case BinOp.LShift:
			if (I.sign(a) !== 0 && I.sign(b) > 0) {
				if (typeof b === 'bigint' && b > 0x7fffffffffffffffn)
					throw overflowError('too many digits in integer');
				if (Number(b) + I.bitLength(a) > LIMITS.maxIntBits) throw newException(MemoryError);
			}
			return I.lshift(a, b);
		case BinOp.RShift:
			return I.rshift(a, b);
		case BinOp.And:
			return I.and(a, b);
		case BinOp.Or:
			return I.or(a, b);
		case BinOp.Xor:
			return I.xor(a, b);
		default:
			return NotImplemented;
	}
}

/** Python's float modulo: result has the sign of the divisor. */
export function floatMod(x: number, y: number): number {
	if (y === 0) throw zeroDivisionError(rt.minor >= 13 ? 'float modulo by zero' : 'float modulo');
	let m = x % y;
	if (Number.isNaN(m)) return m;
	if (m) {
		if (y < 0 !== m < 0) m += y;
	} else {
		m = y < 0 ? -0 : 0;
	}
	return m;
}

/** Python's float floor division (CPython's _float_div_mod: a zero quotient takes the sign of x / y). */
export function floatFloorDiv(x: number, y: number): number {
	if (y === 0)
		throw zeroDivisionError(rt.minor >= 9 ? 'float floor division by zero' : 'float divmod()');
	const mod = x % y;
	let div = (x - mod) / y;
	// C's `if (mod)` is true for NaN; JavaScript's is not.
	if (mod !== 0 && y < 0 !== mod < 0) div -= 1;
	if (div !== 0) {
		const floordiv = Math.floor(div);
		if (div - floordiv > 0.5) return floordiv + 1;
		return floordiv;
	}
	const q = x / y;
	return q < 0 || Object.is(q, -0) ? -0 : 0;
}

/** Negative base, fractional exponent: CPython returns a complex (installed by types/complex.ts). */
let complexPow: ((x: number, y: number) => PyValue) | null = null;
export function setComplexPow(f: (x: number, y: number) => PyValue): void {
	complexPow = f;
}

export function floatPow(x: number, y: number): PyValue {
	if (x === 0 && y < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
	if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) {
		if (complexPow !== null) return complexPow(x, y);
		throw overflowError('complex results are not supported yet');
	}
	if (x === 1 || y === 0) return new PyFloat(1);
	const r = crPow(x, y); // correctly rounded, like glibc's pow that CPython uses
	if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y))
		throw overflowError("(34, 'Numerical result out of range')");
	return new PyFloat(r);
}

/** Binary arithmetic where at least one side is a float and the other an int/bool/float. */
export function floatBinary(op: BinOp, x: number, y: number): PyValue {
	switch (op) {
		case BinOp.Add:
			return new PyFloat(x + y);
		case BinOp.Sub:
			return new PyFloat(x - y);
		case BinOp.Mul:
			return new PyFloat(x * y);
		case BinOp.TrueDiv:
			if (y === 0)
				throw zeroDivisionError(
					rt.minor >= 11 ? 'float division by zero' : 'float division by zero'
				);
			return new PyFloat(x / y);
		case BinOp.FloorDiv:
			return new PyFloat(floatFloorDiv(x, y));
		case BinOp.Mod:
			return new PyFloat(floatMod(x, y));
		case BinOp.Pow:
			return floatPow(x, y);
		default:
			return NotImplemented;
	}
}

/**
 * Arithmetic for the numeric tower int/bool/float. Returns NotImplemented when either operand
 * is not one of those types (so the generic protocol can try reflected methods).
 */
export function numberBinary(op: BinOp, a: PyValue, b: PyValue): PyValue {
	const ia = asInt(a);
	const ib = asInt(b);
	if (ia !== undefined && ib !== undefined) {
		// bool & bool stays bool
		if (
			a instanceof PyBool &&
			b instanceof PyBool &&
			(op === BinOp.And || op === BinOp.Or || op === BinOp.Xor)
		) {
			const r = intBinary(op, ia, ib) as number;
			return r ? PyBoolTrue : PyBoolFalse;
		}
		return intBinary(op, ia, ib);
	}
	const fa = ia !== undefined ? intToFloatChecked(ia) : asFloatExact(a);
	if (fa === undefined) return NotImplemented;
	const fb = ib !== undefined ? intToFloatChecked(ib) : asFloatExact(b);
	if (fb === undefined) return NotImplemented;
	return floatBinary(op, fa, fb);
}

let PyBoolTrue: PyValue;
let PyBoolFalse: PyValue;
/** Called once by the bootstrap (avoids an import cycle on the singletons). */
export function setBoolSingletons(t: PyValue, f: PyValue): void {
	PyBoolTrue = t;
	PyBoolFalse = f;
}

/** Three-way comparison of two numbers of the tower (exact for big ints vs floats); NaN -> NaN. */
export function numberCompare(a: PyValue, b: PyValue): number | undefined {
	const ia = asInt(a);
	const ib = asInt(b);
	if (ia !== undefined && ib !== undefined) return I.compare(ia, ib);
	const fa = asFloatExact(a);
	const fb = asFloatExact(b);
	if (fa !== undefined && fb !== undefined) return fa < fb ? -1 : fa > fb ? 1 : fa === fb ? 0 : NaN;
	if (ia !== undefined && fb !== undefined) return I.compareIntFloat(ia, fb);
	if (fa !== undefined && ib !== undefined) {
		const c = I.compareIntFloat(ib, fa);
		return Number.isNaN(c) ? NaN : -c;
	}
	return undefined;
}
