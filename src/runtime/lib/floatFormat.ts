/*
 * floatFormat.ts
 * Float to text exactly as CPython: repr(), the e/f/g/r conversions of PyOS_double_to_string, and round().
 */

import { pyThrow } from './errors';
import { floatTrunc, ratioToFloat, type PyInt } from './intOps';

/** Decimal digits of a positive finite double: value = 0.DIGITS * 10**decpt, no trailing zeros. */
interface Digits {
	digits: string;
	decpt: number;
}

// ---------------------------------------------------------------------------
// repr

/** repr(x) / str(x) for a float: shortest round-trip digits, exponent below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
	const magnitude = Math.abs(x);
	// Fast path: JS prints this range in plain notation with the same shortest digits as Python.
	if (magnitude >= 1e-4 && magnitude < 1e16) {
		const text = x.toString();
		return Number.isInteger(x) ? text + '.0' : text;
	}
	return doubleToString(x, 'r', 0, { addDot0: true });
}

/** Shortest round-trip digits (Gay's mode 0), taken from Number.prototype.toString. */
function shortestDigits(magnitude: number): Digits {
	const text = magnitude.toString();
	const ePos = text.indexOf('e');
	let mantissa = ePos < 0 ? text : text.slice(0, ePos);
	const exponent = ePos < 0 ? 0 : Number(text.slice(ePos + 1));
	const dot = mantissa.indexOf('.');
	let intDigits = dot < 0 ? mantissa.length : dot;
	mantissa = mantissa.replace('.', '');
	// Leading zeros (0.000123) move the decimal point left.
	let lead = 0;
	while (lead < mantissa.length - 1 && mantissa[lead] === '0') lead++;
	mantissa = mantissa.slice(lead);
	intDigits -= lead;
	return { digits: stripTrailingZeros(mantissa), decpt: intDigits + exponent };
}

/** Removes trailing zeros from a digit string ("0" stays "0"). */
function stripTrailingZeros(digits: string): string {
	let end = digits.length;
	while (end > 1 && digits[end - 1] === '0') end--;
	return digits.slice(0, end);
}

// ---------------------------------------------------------------------------
// Exact decimal rounding with bigints

/** Splits a positive finite double into [mantissa, exponent] with x = mantissa * 2**exponent exactly. */
function decompose(x: number): [bigint, number] {
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, x);
	const hi = view.getUint32(0);
	const lo = view.getUint32(4);
	const biased = (hi >>> 20) & 0x7ff;
	let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
	if (biased === 0) return [mantissa, -1074];
	mantissa |= 1n << 52n;
	return [mantissa, biased - 1075];
}

const POW10_CACHE: bigint[] = [];

/** 10**n as a bigint, cached for the small exponents formatting uses constantly. */
function pow10(n: number): bigint {
	if (n < 64) return (POW10_CACHE[n] ??= 10n ** BigInt(n));
	return 10n ** BigInt(n);
}

/** round-half-even(x * 10**p) computed on the exact binary value of x (x positive, finite). */
function scaleAndRound(x: number, p: number): bigint {
	const [mantissa, exponent] = decompose(x);
	let num = mantissa;
	let den = 1n;
	if (exponent > 0) num <<= BigInt(exponent);
	else den <<= BigInt(-exponent);
	if (p > 0) num *= pow10(p);
	else if (p < 0) den *= pow10(-p);
	const q = num / den;
	const twiceRemainder = (num % den) * 2n;
	if (twiceRemainder > den || (twiceRemainder === den && (q & 1n) === 1n)) return q + 1n;
	return q;
}

/** Gay's mode 3: digits of x rounded to `places` digits after the point (may be empty when it rounds to 0). */
function fixedDigits(x: number, places: number): Digits {
	const n = scaleAndRound(x, places);
	if (n === 0n) return { digits: '', decpt: -places };
	const text = n.toString();
	return { digits: stripTrailingZeros(text), decpt: text.length - places };
}

/** Gay's mode 2: x rounded to `significant` digits (at least 1). */
function significantDigits(x: number, significant: number): Digits {
	// Estimate the decimal exponent, then correct it using the exact rounded result.
	let k = Math.floor(Math.log10(x));
	for (let attempt = 0; attempt < 4; attempt++) {
		const n = scaleAndRound(x, significant - 1 - k);
		const text = n.toString();
		if (text.length > significant) k += 1;
		else if (text.length < significant) k -= 1;
		else return { digits: stripTrailingZeros(text), decpt: k + 1 };
	}
	// Rounding up to a power of ten can make the estimate oscillate; 10**significant means k + 1.
	const n = scaleAndRound(x, significant - 1 - k);
	const text = n.toString();
	return { digits: stripTrailingZeros(text), decpt: k + 1 + (text.length - significant) };
}

// ---------------------------------------------------------------------------
// PyOS_double_to_string

/** Options of doubleToString, the Py_DTSF_* flags. */
export interface DoubleFormatFlags {
	/** '+' for positive numbers (Py_DTSF_SIGN). */
	sign?: boolean;
	/** Add ".0" to integral results without exponent (Py_DTSF_ADD_DOT_0, used by repr and the empty type). */
	addDot0?: boolean;
	/** '#': keep the decimal point and (for g) the trailing zeros (Py_DTSF_ALT). */
	alt?: boolean;
	/** 'z' (3.11+): print -0 results as 0 (Py_DTSF_NO_NEG_0). */
	noNegativeZero?: boolean;
}

/** Conversion codes of doubleToString; upper-case ones print INF/NAN/E. */
export type DoubleCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

/**
 * CPython's PyOS_double_to_string: 'e'/'f'/'g' with a precision, 'r' for repr (precision ignored).
 * Rounds the exact binary value half-to-even, like David Gay's dtoa used by CPython.
 */
export function doubleToString(x: number, code: DoubleCode, precision: number, flags: DoubleFormatFlags = {}): string {
	const upper = code === 'E' || code === 'F' || code === 'G';
	const lower = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
	let negative = x < 0 || Object.is(x, -0);
	if (Number.isNaN(x)) return (flags.sign ? '+' : '') + (upper ? 'NAN' : 'nan'); // the sign of a NaN is ignored
	if (!Number.isFinite(x)) return (negative ? '-' : flags.sign ? '+' : '') + (upper ? 'INF' : 'inf');
	const magnitude = Math.abs(x);
	let significant = precision;
	let found: Digits;
	if (lower === 'r') found = magnitude === 0 ? { digits: '0', decpt: 1 } : shortestDigits(magnitude);
	else if (lower === 'f') found = magnitude === 0 ? { digits: '0', decpt: 1 } : fixedDigits(magnitude, precision);
	else {
		significant = lower === 'e' ? precision + 1 : Math.max(precision, 1);
		found = magnitude === 0 ? { digits: '0', decpt: 1 } : significantDigits(magnitude, significant);
	}
	if (flags.noNegativeZero && negative && /^0*$/.test(found.digits)) negative = false;
	const body = layoutDigits(found, lower, lower === 'f' ? precision : significant, flags, upper);
	return (negative ? '-' : flags.sign ? '+' : '') + body;
}

/** Lays digits out as CPython's format_float_short does: zeros, decimal point, exponent. */
function layoutDigits(found: Digits, code: 'e' | 'f' | 'g' | 'r', precision: number, flags: DoubleFormatFlags, upper: boolean): string {
	const { digits } = found;
	let decpt = found.decpt;
	const digitsLength = digits.length;
	let useExponent = false;
	let exponent = 0;
	// Digits shown run over [digitsStart, digitsEnd) relative to the first digit, padded with zeros.
	let digitsEnd = digitsLength;
	if (code === 'e') {
		useExponent = true;
		digitsEnd = precision;
	} else if (code === 'f') {
		digitsEnd = decpt + precision;
	} else if (code === 'g') {
		if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExponent = true;
		if (flags.alt) digitsEnd = precision;
	} else if (decpt <= -4 || decpt > 16) {
		useExponent = true;
	}
	if (useExponent) {
		exponent = decpt - 1;
		decpt = 1;
	}
	const digitsStart = decpt <= 0 ? decpt - 1 : 0;
	if (!useExponent && flags.addDot0) digitsEnd = Math.max(digitsEnd, decpt + 1);
	else digitsEnd = Math.max(digitsEnd, decpt);
	let out = '';
	if (decpt <= 0) out += '0'.repeat(decpt - digitsStart) + '.' + '0'.repeat(-decpt);
	else out += '0'.repeat(-digitsStart);
	if (decpt > 0 && decpt <= digitsLength) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
	else out += digits;
	if (digitsLength < decpt) out += '0'.repeat(decpt - digitsLength) + '.' + '0'.repeat(Math.max(0, digitsEnd - decpt));
	else out += '0'.repeat(Math.max(0, digitsEnd - digitsLength));
	if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
	if (useExponent) {
		const absExponent = Math.abs(exponent);
		out += (upper ? 'E' : 'e') + (exponent < 0 ? '-' : '+') + (absExponent < 10 ? '0' : '') + absExponent;
	}
	return out;
}

// ---------------------------------------------------------------------------
// round()

/** Largest and smallest ndigits for which round(x, ndigits) can change a double (CPython's NDIGITS_MAX/MIN). */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits) for a float: the exact value rounded half-even to ndigits decimal places. */
export function roundFloat(x: number, ndigits: number): number {
	if (!Number.isFinite(x) || x === 0) return x;
	if (ndigits > NDIGITS_MAX) return x;
	if (ndigits < NDIGITS_MIN) return 0 * x;
	const negative = x < 0;
	const n = scaleAndRound(Math.abs(x), ndigits);
	let magnitude: number;
	if (n === 0n) magnitude = 0;
	else if (ndigits >= 0) magnitude = ratioToFloat(n, pow10(ndigits));
	else magnitude = ratioToFloat(n * pow10(-ndigits), 1n);
	if (!Number.isFinite(magnitude)) pyThrow('OverflowError', 'rounded value too large to represent');
	return negative ? -magnitude : magnitude;
}

/** round(x) for a float: nearest int, ties to even; errors for inf and nan. */
export function roundFloatToInt(x: number): PyInt {
	if (!Number.isFinite(x)) return floatTrunc(x); // throws CPython's OverflowError / ValueError
	const floor = Math.floor(x);
	const diff = x - floor; // exact: both are doubles of the same binade or diff is 0
	let rounded = floor;
	if (diff > 0.5 || (diff === 0.5 && floor % 2 !== 0)) rounded = floor + 1;
	return floatTrunc(rounded);
}
