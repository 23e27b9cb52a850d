/*
 * intOps.ts
 * Python int arithmetic on plain JS values: safe-integer numbers with bigint promotion, Python semantics.
 */

import { pyThrow } from './errors';
import { isPyWhitespaceCode, strRepr } from './strMethods';

/** Re-exported for callers that imported it from here first; it lives in strMethods. */
export { isPyWhitespaceCode } from './strMethods';

/**
 * A Python int as the interpreter stores it: a JS number when |v| <= 2**53-1, a bigint otherwise.
 * Every function here returns a normalized value (never a bigint that fits in a number, never -0).
 */
export type PyInt = number | bigint;

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;
const TWO_POW_32 = 4294967296;

/** Converts a bigint back to a number when it fits, the interpreter's canonical form. */
export function normalize(n: PyInt): PyInt {
	if (typeof n === 'number') return n === 0 ? 0 : n;
	return n >= MIN_SAFE_BIG && n <= MAX_SAFE_BIG ? Number(n) : n;
}

/** Widens any PyInt to a bigint for the slow paths. */
export function toBig(n: PyInt): bigint {
	return typeof n === 'bigint' ? n : BigInt(n);
}

/** True for a JS value that is a valid (normalized) PyInt. */
export function isPyInt(v: unknown): v is PyInt {
	return (typeof v === 'number' && Number.isSafeInteger(v)) || typeof v === 'bigint';
}

/** Sign of an int: -1, 0 or 1. */
export function sign(n: PyInt): -1 | 0 | 1 {
	if (typeof n === 'number') return n > 0 ? 1 : n < 0 ? -1 : 0;
	return n > 0n ? 1 : n < 0n ? -1 : 0;
}

/** Three-way comparison of two ints. */
export function compare(a: PyInt, b: PyInt): -1 | 0 | 1 {
	if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
	// Mixed number/bigint comparisons are exact in JS.
	return a < b ? -1 : a > b ? 1 : 0;
}

/** a + b. */
export function add(a: PyInt, b: PyInt): PyInt {
	if (typeof a === 'number' && typeof b === 'number') {
		const r = a + b;
		// If the exact sum is unsafe the rounded double is unsafe too, so this test is exact.
		if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
	}
	return normalize(toBig(a) + toBig(b));
}

/** a - b. */
export function sub(a: PyInt, b: PyInt): PyInt {
	if (typeof a === 'number' && typeof b === 'number') {
		const r = a - b;
		if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
	}
	return normalize(toBig(a) - toBig(b));
}

/** a * b. */
export function mul(a: PyInt, b: PyInt): PyInt {
	if (typeof a === 'number' && typeof b === 'number') {
		const r = a * b;
		if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
	}
	return normalize(toBig(a) * toBig(b));
}

/** -a. */
export function neg(a: PyInt): PyInt {
	if (typeof a === 'number') return a === 0 ? 0 : -a;
	return normalize(-a);
}

/** abs(a). */
export function abs(a: PyInt): PyInt {
	if (typeof a === 'number') return Math.abs(a);
	return a < 0n ? -a : a;
}

/** The ZeroDivisionError text for // and divmod() (the same in every version). */
const DIV_BY_ZERO = 'integer division or modulo by zero';

/** The ZeroDivisionError text for %: 3.11 gave it its own wording. */
function modByZeroMessage(minor: number): string {
	return minor >= 11 ? 'integer modulo by zero' : DIV_BY_ZERO;
}

/** divmod(a, b) as [a // b, a % b], the remainder taking the sign of the divisor. */
export function divmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
	if (sign(b) === 0) pyThrow('ZeroDivisionError', DIV_BY_ZERO);
	if (typeof a === 'number' && typeof b === 'number') {
		// JS % is exact on integers and truncates; a - r is then an exact multiple of b.
		let r = a % b;
		let q = (a - r) / b;
		if (r !== 0 && r < 0 !== b < 0) {
			q -= 1;
			r += b;
		}
		return [q === 0 ? 0 : q, r === 0 ? 0 : r];
	}
	const A = toBig(a);
	const B = toBig(b);
	let q = A / B;
	let r = A % B;
	if (r !== 0n && r < 0n !== B < 0n) {
		q -= 1n;
		r += B;
	}
	return [normalize(q), normalize(r)];
}

/** a // b (floor division). */
export function floorDiv(a: PyInt, b: PyInt): PyInt {
	return divmod(a, b)[0];
}

/** a % b with Python's sign rule; `minor` is the Python 3.x minor version (only the error text varies). */
export function mod(a: PyInt, b: PyInt, minor = 13): PyInt {
	if (sign(b) === 0) pyThrow('ZeroDivisionError', modByZeroMessage(minor));
	if (typeof a === 'number' && typeof b === 'number') {
		const r = a % b;
		if (r !== 0 && r < 0 !== b < 0) return r + b;
		return r === 0 ? 0 : r;
	}
	return divmod(a, b)[1];
}

/** a ** b for b >= 0 (the int result); use powToFloat when b is negative. */
export function pow(a: PyInt, b: PyInt): PyInt {
	if (sign(b) < 0) throw new RangeError('intOps.pow: negative exponent, use powToFloat');
	if (typeof a === 'number' && typeof b === 'number') {
		const small = powSafe(a, b);
		if (small !== null) return small;
	}
	const A = toBig(a);
	if (A === 0n || A === 1n) return Number(A);
	if (A === -1n) return isOdd(b) ? -1 : 1;
	if (typeof b === 'bigint' || bitLength(a) * b > 2 ** 30) pyThrow('MemoryError', '');
	return normalize(A ** BigInt(b));
}

/** Square-and-multiply on doubles, or null as soon as a partial result leaves the safe range. */
function powSafe(base: number, exponent: number): number | null {
	let result = 1;
	let square = base;
	let e = exponent;
	while (e > 0) {
		if (e % 2 === 1) {
			result *= square;
			if (!Number.isSafeInteger(result)) return null;
		}
		e = Math.floor(e / 2);
		if (e > 0) {
			square *= square;
			if (!Number.isSafeInteger(square)) return null;
		}
	}
	return result === 0 ? 0 : result;
}

/**
 * int ** negative int. CPython converts both operands to float and calls C pow(); we compute
 * 1 / float(a)**|b| exactly with bigints instead, because V8's Math.pow is not correctly rounded.
 */
export function powToFloat(a: PyInt, b: PyInt): number {
	const base = intToFloat(a);
	const exponent = intToFloat(b);
	if (base === 0) pyThrow('ZeroDivisionError', '0.0 cannot be raised to a negative power');
	const magnitude = Math.abs(base);
	const odd = Number.isSafeInteger(exponent) ? exponent % 2 !== 0 : false;
	const signOf = base < 0 && odd ? -1 : 1;
	if (magnitude === 1) return signOf;
	const e = -exponent;
	// |base| >= 2: beyond 2**-1080 the result rounds to a signed zero.
	if (Math.floor(Math.log2(magnitude)) * e > 1080) return signOf * 0;
	const denominator = BigInt(magnitude) ** BigInt(e);
	return signOf * ratioToFloat(1n, denominator);
}

/** Result of `a ** b` for two ints: an int, or a float when the exponent is negative. */
export function powAny(a: PyInt, b: PyInt): { kind: 'int'; value: PyInt } | { kind: 'float'; value: number } {
	return sign(b) < 0 ? { kind: 'float', value: powToFloat(a, b) } : { kind: 'int', value: pow(a, b) };
}

/** True when n is odd. */
function isOdd(n: PyInt): boolean {
	return typeof n === 'number' ? n % 2 !== 0 : (n & 1n) === 1n;
}

/** Modular inverse of a modulo m (m > 0), or null when gcd(a, m) != 1. */
function modInverse(a: bigint, m: bigint): bigint | null {
	let [oldR, r] = [((a % m) + m) % m, m];
	let [oldS, s] = [1n, 0n];
	while (r !== 0n) {
		const q = oldR / r;
		[oldR, r] = [r, oldR - q * r];
		[oldS, s] = [s, oldS - q * s];
	}
	if (oldR !== 1n) return null;
	return ((oldS % m) + m) % m;
}

/** pow(a, b, m) for ints; negative b means a modular inverse (3.8+), an error before. */
export function powMod(a: PyInt, b: PyInt, m: PyInt, minor = 13): PyInt {
	if (sign(m) === 0) pyThrow('ValueError', 'pow() 3rd argument cannot be 0');
	let base = toBig(a);
	let exponent = toBig(b);
	const modulus = toBig(m);
	const negativeModulus = modulus < 0n;
	const absModulus = negativeModulus ? -modulus : modulus;
	if (exponent < 0n) {
		if (minor < 8) pyThrow('ValueError', 'pow() 2nd argument cannot be negative when 3rd argument specified');
		const inverse = modInverse(base, absModulus);
		if (inverse === null) pyThrow('ValueError', 'base is not invertible for the given modulus');
		base = inverse;
		exponent = -exponent;
	}
	if (absModulus === 1n) return 0;
	base = ((base % absModulus) + absModulus) % absModulus;
	let result = 1n;
	while (exponent > 0n) {
		if (exponent & 1n) result = (result * base) % absModulus;
		base = (base * base) % absModulus;
		exponent >>= 1n;
	}
	// Python's result takes the sign of the modulus.
	if (negativeModulus && result !== 0n) result -= absModulus;
	return normalize(result);
}

/** Reads a shift count, rejecting negative ones like CPython. */
function shiftCount(n: PyInt): PyInt {
	if (sign(n) < 0) pyThrow('ValueError', 'negative shift count');
	return n;
}

/** a << n. */
export function lshift(a: PyInt, n: PyInt): PyInt {
	shiftCount(n);
	if (sign(a) === 0) return 0;
	// V8 caps BigInt at 2**30 bits; CPython would also run out of memory long before.
	if (typeof n === 'bigint' || n + bitLength(a) > 2 ** 30) pyThrow('MemoryError', '');
	if (typeof a === 'number' && n < 53) {
		const r = a * 2 ** n;
		if (Number.isSafeInteger(r)) return r;
	}
	return normalize(toBig(a) << BigInt(n));
}

/** a >> n (arithmetic: rounds toward minus infinity). */
export function rshift(a: PyInt, n: PyInt): PyInt {
	shiftCount(n);
	if (typeof n === 'bigint' || n > 2 ** 31) return sign(a) < 0 ? -1 : 0;
	if (typeof a === 'number') {
		// Dividing by a power of two is exact, and floor gives the arithmetic shift.
		const r = n >= 1024 ? (a < 0 ? -1 : 0) : Math.floor(a / 2 ** n);
		return r === 0 ? 0 : r;
	}
	return normalize(a >> BigInt(n));
}

/** True when n fits a signed 32-bit int, where JS bitwise operators are exact. */
function isInt32(n: PyInt): n is number {
	return typeof n === 'number' && (n | 0) === n;
}

/** a & b (two's complement on infinitely many bits, as Python and BigInt both define it). */
export function and(a: PyInt, b: PyInt): PyInt {
	if (isInt32(a) && isInt32(b)) return a & b;
	return normalize(toBig(a) & toBig(b));
}

/** a | b. */
export function or(a: PyInt, b: PyInt): PyInt {
	if (isInt32(a) && isInt32(b)) return a | b;
	return normalize(toBig(a) | toBig(b));
}

/** a ^ b. */
export function xor(a: PyInt, b: PyInt): PyInt {
	if (isInt32(a) && isInt32(b)) return a ^ b;
	return normalize(toBig(a) ^ toBig(b));
}

/** ~a, which is -(a + 1). */
export function invert(a: PyInt): PyInt {
	return sub(-1, a);
}

/** int.bit_length(): bits needed for |n|, 0 for 0. */
export function bitLength(n: PyInt): number {
	if (typeof n === 'number') {
		const m = Math.abs(n);
		if (m < TWO_POW_32) return 32 - Math.clz32(m);
		return 64 - Math.clz32(Math.floor(m / TWO_POW_32));
	}
	return (n < 0n ? -n : n).toString(2).length;
}

/** int.bit_count(): number of one bits in |n|. */
export function bitCount(n: PyInt): number {
	let m = toBig(n);
	if (m < 0n) m = -m;
	let count = 0;
	for (const c of m.toString(2)) if (c === '1') count++;
	return count;
}

// ---------------------------------------------------------------------------
// int <-> str

/**
 * The int/str conversion digit limit (CVE-2020-10735). CPython 3.11+ and the security releases of
 * 3.7-3.10 all enforce 4300 by default; 0 disables it. `wordDigits` is false for 3.7-3.10, whose
 * message says "(4300)" where 3.11+ says "(4300 digits)".
 */
export interface IntStrLimit {
	maxDigits: number;
	wordDigits: boolean;
}

/** The limit as Python 3.minor enforces it by default. */
export function defaultIntStrLimit(minor = 13): IntStrLimit {
	return { maxDigits: 4300, wordDigits: minor >= 11 };
}

/** The "(4300 digits)" part of the limit messages. */
function limitText(limit: IntStrLimit): string {
	return limit.wordDigits ? `(${limit.maxDigits} digits)` : `(${limit.maxDigits})`;
}

/** True for bases whose conversion is linear time and therefore exempt from the digit limit. */
function isPowerOfTwo(base: number): boolean {
	return (base & (base - 1)) === 0;
}

/** str(n), repr(n) in base 10, or digits in another base 2..36 (lowercase, no prefix). */
export function intToString(n: PyInt, base = 10, limit: IntStrLimit = defaultIntStrLimit()): string {
	const text = n.toString(base);
	if (typeof n === 'bigint' && limit.maxDigits > 0 && !isPowerOfTwo(base)) {
		const digits = n < 0n ? text.length - 1 : text.length;
		if (digits > limit.maxDigits) {
			pyThrow(
				'ValueError',
				`Exceeds the limit ${limitText(limit)} for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
			);
		}
	}
	return text;
}

/** Value of the digit character c (0-9, a-z, A-Z) or 99 when it is not one. */
function digitValue(code: number): number {
	if (code >= 48 && code <= 57) return code - 48;
	if (code >= 97 && code <= 122) return code - 87;
	if (code >= 65 && code <= 90) return code - 55;
	return 99;
}

const UNICODE_DIGIT = /\p{Nd}/u;

/** Maps a Unicode decimal digit (category Nd) to its ASCII digit; Nd digits come in aligned runs of ten. */
function unicodeDigitToAscii(ch: string): string | null {
	let cp = ch.codePointAt(0)!;
	let value = 0;
	// Walk back to the start of the run (some runs hold several sets of ten, e.g. math digits).
	while (value < 100 && UNICODE_DIGIT.test(String.fromCodePoint(cp - 1))) {
		cp--;
		value++;
	}
	return String(value % 10);
}

/** Replaces Unicode decimal digits and whitespace by ASCII ones, as CPython does before parsing. */
function asciiDigitsAndSpaces(s: string): string | null {
	let out = '';
	for (const ch of s) {
		const code = ch.codePointAt(0)!;
		if (code < 128) out += ch;
		else if (isPyWhitespaceCode(code)) out += ' ';
		else if (UNICODE_DIGIT.test(ch)) out += unicodeDigitToAscii(ch);
		else return null;
	}
	return out;
}

/** True when the ASCII text is digits of `base` separated by single underscores (leading one allowed if `allowLead`). */
function isDigitRun(text: string, base: number, allowLeadingUnderscore: boolean): boolean {
	if (text.length === 0) return false;
	let previousUnderscore = !allowLeadingUnderscore;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 95) {
			if (previousUnderscore) return false;
			previousUnderscore = true;
		} else {
			if (digitValue(code) >= base) return false;
			previousUnderscore = false;
		}
	}
	return !previousUnderscore;
}

/** Converts validated digits (underscores removed) in `base` to a PyInt. */
function digitsToInt(digits: string, base: number): PyInt {
	if (digits.length <= 10 || (base <= 10 && digits.length <= 15)) {
		const v = parseInt(digits, base);
		if (Number.isSafeInteger(v)) return v;
	}
	if (base === 10) return normalize(BigInt(digits));
	if (base === 16) return normalize(BigInt('0x' + digits));
	if (base === 8) return normalize(BigInt('0o' + digits));
	if (base === 2) return normalize(BigInt('0b' + digits));
	// Other bases: combine chunks whose value is exact as a double.
	const chunk = Math.floor(Math.log(2 ** 50) / Math.log(base));
	let result = 0n;
	for (let i = 0; i < digits.length; i += chunk) {
		const part = digits.slice(i, i + chunk);
		result = result * BigInt(base) ** BigInt(part.length) + BigInt(parseInt(part, base));
	}
	return normalize(result);
}

/**
 * int(text, base) with Python's rules: surrounding whitespace, a sign, single underscores between
 * digits, 0x/0o/0b prefixes (mandatory choice for base 0, optional for 16/8/2), Unicode digits.
 * Throws PyLibError('ValueError') with CPython's exact message.
 */
export function parseIntLiteral(text: string, base = 10, limit: IntStrLimit = defaultIntStrLimit()): PyInt {
	if (base !== 0 && (base < 2 || base > 36)) pyThrow('ValueError', 'int() base must be >= 2 and <= 36, or 0');
	const invalid = (): never =>
		// CPython formats with %.200R: the repr itself is cut to 200 characters (closing quote included).
		pyThrow('ValueError', `invalid literal for int() with base ${base}: ${[...strRepr(text)].slice(0, 200).join('')}`);
	const ascii = asciiDigitsAndSpaces(text);
	if (ascii === null) return invalid();
	let s = ascii.trim();
	let negative = false;
	if (s[0] === '+' || s[0] === '-') {
		negative = s[0] === '-';
		s = s.slice(1);
	}
	let effectiveBase = base;
	let allowLeadingUnderscore = false;
	const prefix = s.slice(0, 2).toLowerCase();
	const prefixBase = prefix === '0x' ? 16 : prefix === '0o' ? 8 : prefix === '0b' ? 2 : 0;
	if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
		effectiveBase = prefixBase;
		s = s.slice(2);
		allowLeadingUnderscore = true;
	} else if (base === 0) {
		effectiveBase = 10;
		// Base 0 forbids leading zeros on a non-zero decimal ("010" is an old octal literal).
		if (s[0] === '0' && /[1-9]/.test(s)) return invalid();
	}
	if (!isDigitRun(s, effectiveBase, allowLeadingUnderscore)) return invalid();
	const digits = s.includes('_') ? s.replace(/_/g, '') : s;
	if (limit.maxDigits > 0 && !isPowerOfTwo(effectiveBase) && digits.length > limit.maxDigits) {
		pyThrow(
			'ValueError',
			`Exceeds the limit ${limitText(limit)} for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
		);
	}
	const value = digitsToInt(digits, effectiveBase);
	return negative ? neg(value) : value;
}

// ---------------------------------------------------------------------------
// int <-> float

/** float(n): correctly rounded (ties to even), OverflowError when too large. */
export function intToFloat(n: PyInt): number {
	if (typeof n === 'number') return n;
	const f = Number(n);
	if (!Number.isFinite(f)) pyThrow('OverflowError', 'int too large to convert to float');
	return f;
}

/** x * 2**exp without intermediate overflow/underflow when the final result is representable. */
function ldexp(x: number, exp: number): number {
	while (exp > 1000) {
		x *= 2 ** 1000;
		exp -= 1000;
	}
	while (exp < -1000) {
		x *= 2 ** -1000;
		exp += 1000;
	}
	return x * 2 ** exp;
}

/** num / den for positive bigints, correctly rounded to a double (Infinity when it overflows). */
export function ratioToFloat(num: bigint, den: bigint): number {
	if (num === 0n) return 0;
	const numBits = num.toString(2).length;
	const denBits = den.toString(2).length;
	// Scale so the quotient has at least 55 bits: two guard bits beyond the 53 of a double.
	const scale = 55 - (numBits - denBits) + 1;
	let q: bigint;
	let r: bigint;
	if (scale >= 0) {
		const scaled = num << BigInt(scale);
		q = scaled / den;
		r = scaled % den;
	} else {
		const scaledDen = den << BigInt(-scale);
		q = num / scaledDen;
		r = num % scaledDen;
	}
	// Sticky bit: the true value is strictly above q whenever the division was inexact.
	if (r !== 0n) q |= 1n;
	const qBits = q.toString(2).length;
	// The result is about 2**(qBits - scale); below 2**-1022 fewer mantissa bits are available.
	const topExponent = qBits - scale - 1;
	const drop = topExponent >= -1022 ? qBits - 53 : scale - 1074;
	if (drop > 0) {
		const dropBig = BigInt(drop);
		const half = 1n << (dropBig - 1n);
		const low = q & ((1n << dropBig) - 1n);
		q >>= dropBig;
		if (low > half || (low === half && (q & 1n) === 1n)) q += 1n;
	}
	return ldexp(Number(q), (drop > 0 ? drop : 0) - scale);
}

/** a / b for ints (true division), correctly rounded like CPython's long_true_divide. */
export function trueDiv(a: PyInt, b: PyInt): number {
	if (sign(b) === 0) pyThrow('ZeroDivisionError', 'division by zero');
	if (typeof a === 'number' && typeof b === 'number') {
		// Both exactly representable, so IEEE division is the correctly rounded quotient.
		return a / b;
	}
	const A = toBig(a);
	const B = toBig(b);
	const negative = A < 0n !== B < 0n;
	const magnitude = ratioToFloat(A < 0n ? -A : A, B < 0n ? -B : B);
	if (magnitude === Infinity) pyThrow('OverflowError', 'integer division result too large for a float');
	return negative ? -magnitude : magnitude;
}

/** Exact comparison of an int with a float: -1, 0, 1, or NaN when x is NaN (every comparison false). */
export function compareIntFloat(n: PyInt, x: number): number {
	if (Number.isNaN(x)) return NaN;
	if (typeof n === 'number') return n < x ? -1 : n > x ? 1 : 0;
	if (x === Infinity) return -1;
	if (x === -Infinity) return 1;
	const floor = Math.floor(x);
	const bigFloor = BigInt(floor);
	if (n < bigFloor) return -1;
	if (n > bigFloor) return 1;
	return x > floor ? -1 : 0;
}

/** Rejects infinities and NaN before a float -> int conversion, with CPython's messages. */
function checkConvertible(x: number): void {
	if (Number.isNaN(x)) pyThrow('ValueError', 'cannot convert float NaN to integer');
	if (!Number.isFinite(x)) pyThrow('OverflowError', 'cannot convert float infinity to integer');
}

/** Converts an integral double to a PyInt exactly. */
function integralFloatToInt(x: number): PyInt {
	if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
	return BigInt(x);
}

/** int(x) / math.trunc(x) for a float. */
export function floatTrunc(x: number): PyInt {
	checkConvertible(x);
	return integralFloatToInt(Math.trunc(x));
}

/** math.floor(x) for a float. */
export function floatFloor(x: number): PyInt {
	checkConvertible(x);
	return integralFloatToInt(Math.floor(x));
}

/** math.ceil(x) for a float. */
export function floatCeil(x: number): PyInt {
	checkConvertible(x);
	return integralFloatToInt(Math.ceil(x));
}

// ---------------------------------------------------------------------------
// hashing (sys.hash_info: modulus 2**61 - 1, inf 314159, 64-bit Py_hash_t)

const HASH_BITS = 61;
const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159;

/** hash(n) for an int: sign * (|n| mod 2**61-1), with -1 mapped to -2. */
export function hashInt(n: PyInt): PyInt {
	if (typeof n === 'number') {
		// Every safe integer is already below the modulus.
		return n === -1 ? -2 : n;
	}
	const negative = n < 0n;
	let h = (negative ? -n : n) % HASH_MODULUS;
	if (negative) h = -h;
	if (h === -1n) h = -2n;
	return normalize(h);
}

/** Splits a finite non-zero |x| into [m, e] with x = m * 2**e and 0.5 <= m < 1. */
function frexp(x: number): [number, number] {
	let e = Math.max(-1073, Math.floor(Math.log2(x)) + 1);
	let m = x * 2 ** -e;
	// log2 can be off by one near powers of two, and subnormals need a two-step scale.
	if (!Number.isFinite(m) || m === 0) {
		m = ldexp(x, -e);
	}
	while (m < 0.5) {
		m *= 2;
		e -= 1;
	}
	while (m >= 1) {
		m /= 2;
		e += 1;
	}
	return [m, e];
}

/**
 * hash(x) for a float, CPython's _Py_HashDouble: the hash of the exact rational value reduced
 * modulo 2**61-1, so hash(2.0) == hash(2) and hash(0.5) == 2**60. NaN returns 0: CPython 3.10+
 * hashes NaN by object identity, which the caller must do itself.
 */
export function hashFloat(x: number): PyInt {
	if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? HASH_INF : -HASH_INF;
	if (Number.isSafeInteger(x)) return hashInt(x === 0 ? 0 : x);
	const negative = x < 0;
	let [m, e] = frexp(Math.abs(x));
	let h = 0n;
	// Feed the mantissa 28 bits at a time, rotating within 61 bits (multiplying by 2**28 mod P).
	while (m !== 0) {
		h = ((h << 28n) & HASH_MODULUS) | (h >> BigInt(HASH_BITS - 28));
		m *= 2 ** 28;
		e -= 28;
		const y = Math.floor(m);
		m -= y;
		h += BigInt(y);
		if (h >= HASH_MODULUS) h -= HASH_MODULUS;
	}
	// Multiply by 2**e modulo P, where 2**61 == 1 (mod P), as a rotation.
	const rotate = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
	h = ((h << BigInt(rotate)) & HASH_MODULUS) | (h >> BigInt(HASH_BITS - rotate));
	if (negative) h = -h;
	if (h === -1n) h = -2n;
	return normalize(h);
}
