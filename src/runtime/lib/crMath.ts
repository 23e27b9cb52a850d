/*
 * crMath.ts
 * CPython's math functions come from glibc's libm: correctly rounded exp/log/sin/cos/tan/atan/pow in
 * double-double arithmetic (where V8's Math.* miss by one ulp several percent of the time), fdlibm's
 * formulas where glibc keeps them (log10, sinh, cosh; expm1, log1p, tanh are V8's own fdlibm ports).
 */

/** A double-double: the unevaluated sum hi + lo with |lo| <= ulp(hi) / 2 (about 106 significant bits). */
interface DD {
	hi: number;
	lo: number;
}

/** Makes a double-double. */
function dd(hi: number, lo = 0): DD {
	return { hi, lo };
}

/** Exact a + b as a double-double (Knuth's two-sum). */
function twoSum(a: number, b: number): DD {
	const s = a + b;
	const bb = s - a;
	return dd(s, a - (s - bb) + (b - bb));
}

/** Exact a + b when |a| >= |b|. */
function quickTwoSum(a: number, b: number): DD {
	const s = a + b;
	return dd(s, b - (s - a));
}

const SPLITTER = 134217729; // 2**27 + 1

/** Exact a * b as a double-double (Dekker's product; JS has no fused multiply-add). */
function twoProd(a: number, b: number): DD {
	const p = a * b;
	let t = SPLITTER * a;
	const ah = t - (t - a);
	const al = a - ah;
	t = SPLITTER * b;
	const bh = t - (t - b);
	const bl = b - bh;
	return dd(p, ah * bh - p + ah * bl + al * bh + al * bl);
}

/** a + b. */
function add(a: DD, b: DD): DD {
	const s = twoSum(a.hi, b.hi);
	const t = twoSum(a.lo, b.lo);
	let e = s.lo + t.hi;
	const u = quickTwoSum(s.hi, e);
	e = t.lo + u.lo;
	return quickTwoSum(u.hi, e);
}

/** -a. */
function neg(a: DD): DD {
	return dd(-a.hi, -a.lo);
}

/** a - b. */
function sub(a: DD, b: DD): DD {
	return add(a, neg(b));
}

/** a * b. */
function mul(a: DD, b: DD): DD {
	const p = twoProd(a.hi, b.hi);
	return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

/** a * n for a double n. */
function mulNumber(a: DD, n: number): DD {
	const p = twoProd(a.hi, n);
	return quickTwoSum(p.hi, p.lo + a.lo * n);
}

/** a / b (long division with two correction steps). */
function div(a: DD, b: DD): DD {
	const q1 = a.hi / b.hi;
	let r = sub(a, mulNumber(b, q1));
	const q2 = r.hi / b.hi;
	r = sub(r, mulNumber(b, q2));
	const q3 = r.hi / b.hi;
	return add(quickTwoSum(q1, q2), dd(q3));
}

/** Scales by 2**n exactly (both parts; n moderate). */
function ldexpDD(a: DD, n: number): DD {
	const scale = 2 ** n;
	return dd(a.hi * scale, a.lo * scale);
}

// ---------------------------------------------------------------------------
// Constants, computed once from exact bigint arithmetic so that no digits are typed in

/** arctan(1/n) * 2**bits as a bigint, from the alternating Taylor series in fixed point. */
function atanInverseScaled(n: bigint, bits: bigint): bigint {
	const one = 1n << bits;
	let power = one / n;
	let sum = power;
	const n2 = n * n;
	for (let k = 1n; power !== 0n; k++) {
		power /= n2;
		const term = power / (2n * k + 1n);
		sum += k % 2n === 1n ? -term : term;
	}
	return sum;
}

/** Splits value * 2**-bits (a positive bigint fixed-point number) into `parts` doubles summing to it. */
function fixedToDoubles(value: bigint, bits: number, parts: number): number[] {
	const out: number[] = [];
	let rest = value;
	for (let i = 0; i < parts; i++) {
		const q = Number(rest); // nearest double to the remaining integer
		out.push(q * 2 ** -bits);
		rest -= BigInt(q);
	}
	return out;
}

const CONST_BITS = 240n;
// pi/2 = 4 * (4 atan(1/5) - atan(1/239)) / 2 (Machin), to 240 bits.
const HALF_PI_FIXED = 2n * (4n * atanInverseScaled(5n, CONST_BITS) - atanInverseScaled(239n, CONST_BITS));
const [PIO2_1, PIO2_2, PIO2_3] = fixedToDoubles(HALF_PI_FIXED, Number(CONST_BITS), 3);
/** pi/2 as a double-double (its first two parts). */
const HALF_PI_DD: DD = quickTwoSum(PIO2_1, PIO2_2);
// ln 2 = 2 atanh(1/3) = 2 * sum (1/3)**(2k+1) / (2k+1).
const LN2_FIXED = (() => {
	const one = 1n << CONST_BITS;
	let power = one / 3n;
	let sum = 0n;
	for (let k = 0n; power !== 0n; k++) {
		sum += power / (2n * k + 1n);
		power /= 9n;
	}
	return 2n * sum;
})();
const [LN2_HI, LN2_LO] = fixedToDoubles(LN2_FIXED, Number(CONST_BITS), 2);
const LN2: DD = dd(LN2_HI, LN2_LO);
/** ln 10 = 3 ln 2 + ln(5/4), with ln(5/4) = 2 atanh(1/9). */
const LN10: DD = (() => {
	const one = 1n << CONST_BITS;
	let power = one / 9n;
	let sum = 0n;
	for (let k = 0n; power !== 0n; k++) {
		sum += power / (2n * k + 1n);
		power /= 81n;
	}
	const [hi, lo] = fixedToDoubles(3n * LN2_FIXED + 2n * sum, Number(CONST_BITS), 2);
	return dd(hi, lo);
})();

/** glibc's log10 constants: 1/ln(10) and log10(2) split so that k * LOG10_2HI is exact. */
const IVLN10 = (() => {
	const r = div(dd(1), LN10);
	return r.hi + r.lo;
})();
const LOG10_2HI = (() => {
	// log10(2) with its 13 low mantissa bits cleared (glibc's 0x3FD34413509F6000), so k * LOG10_2HI is exact.
	const r = div(LN2, LN10);
	const scale = 2 ** 41;
	return Math.floor((r.hi + r.lo) * scale) / scale;
})();
const LOG10_2LO = (() => {
	const r = sub(div(LN2, LN10), dd(LOG10_2HI));
	return r.hi + r.lo;
})();

/** 1 / n! for n = 0..40 as double-doubles. */
const INV_FACTORIAL: DD[] = (() => {
	const out: DD[] = [dd(1)];
	for (let n = 1; n <= 40; n++) out.push(div(out[n - 1], dd(n)));
	return out;
})();

/** 1 / (2k + 1) for the atanh series. */
const INV_ODD: DD[] = Array.from({ length: 40 }, (_, k) => div(dd(1), dd(2 * k + 1)));

// ---------------------------------------------------------------------------
// log

/** Splits a positive finite x into [m, e] with x = m * 2**e and sqrt(1/2) <= m < sqrt(2). */
function reduceForLog(x: number): [number, number] {
	let e = Math.floor(Math.log2(x));
	let m = x * 2 ** -e;
	if (!Number.isFinite(m) || m === 0) {
		// Subnormals and the top binade: scale in two steps.
		m = x * 2 ** 60 * 2 ** -(e + 60);
	}
	while (m >= 2) {
		m /= 2;
		e++;
	}
	while (m < 1) {
		m *= 2;
		e--;
	}
	if (m > Math.SQRT2) {
		m /= 2;
		e++;
	}
	return [m, e];
}

/** Natural log of a positive finite double, as a double-double. */
function logDD(x: number): DD {
	const [m, e] = reduceForLog(x);
	// log(m) = 2 atanh(s) with s = (m - 1) / (m + 1); m - 1 is exact (Sterbenz).
	const f = m - 1;
	const s = div(dd(f), twoSum(m, 1));
	const s2 = mul(s, s);
	let poly = INV_ODD[24];
	for (let k = 23; k >= 0; k--) poly = add(mul(poly, s2), INV_ODD[k]);
	const logM = mulNumber(mul(s, poly), 2);
	return e === 0 ? logM : add(mulNumber(LN2, e), logM);
}

/** log(x), correctly rounded (IEEE specials: log(0) = -inf, log(negative) = NaN). */
export function log(x: number): number {
	if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? Infinity : NaN;
	if (x === 1) return 0;
	const r = logDD(x);
	return r.hi + r.lo;
}

/** log2(x), correctly rounded (exact for powers of two). */
export function log2(x: number): number {
	if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? Infinity : NaN;
	const [m, e] = reduceForLog(x);
	if (m === 1) return e;
	const r = div(logDD(x), LN2);
	return r.hi + r.lo;
}

/**
 * log10(x) as glibc computes it (e_log10.c, not correctly rounded): k log10(2) in two parts plus
 * log(m) / ln(10) for the mantissa m in [1, 2). Reproducing the formula matches CPython bit for bit.
 */
export function log10(x: number): number {
	if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? Infinity : NaN;
	const view = new DataView(new ArrayBuffer(8));
	let k = 0;
	let value = x;
	if (value < 2 ** -1022) {
		k -= 54;
		value *= 2 ** 54; // subnormal: scale up first
	}
	view.setFloat64(0, value);
	const hx = view.getInt32(0);
	k += (hx >> 20) - 1023;
	// For k < 0 the mantissa is taken in [0.5, 1) and k raised by one, as in glibc.
	const i = k < 0 ? 1 : 0;
	view.setInt32(0, (hx & 0x000fffff) | ((0x3ff - i) << 20));
	const y = k + i;
	const m = view.getFloat64(0);
	const z = y * LOG10_2LO + IVLN10 * log(m);
	return z + y * LOG10_2HI;
}

// ---------------------------------------------------------------------------
// exp

const EXP_SQUARINGS = 8;

/** exp(a) for a double-double argument, as [mantissa DD, power of two]. */
function expDD(a: DD): [DD, number] {
	const k = Math.round(a.hi / LN2_HI);
	// r = a - k ln2, |r| <= ln2 / 2; then scaled down by 2**8 so the Taylor series converges fast.
	const r = ldexpDD(sub(a, mulNumber(LN2, k)), -EXP_SQUARINGS);
	let sum = INV_FACTORIAL[12];
	for (let n = 11; n >= 0; n--) sum = add(mul(sum, r), INV_FACTORIAL[n]);
	for (let i = 0; i < EXP_SQUARINGS; i++) sum = mul(sum, sum);
	return [sum, k];
}

/** Rounds hi + lo times 2**k to a double, handling overflow and the subnormal range. */
function scaleToDouble(m: DD, k: number): number {
	if (k > 1023) {
		// Both steps are exact unless the final result overflows.
		return (m.hi + m.lo) * 2 ** 1023 * 2 ** (k - 1023);
	}
	if (k < -1021) {
		// Subnormal range: round m * 2**(k + 1074) to an integer once (half even), then scale exactly.
		if (k + 1074 < -2) return 0;
		const units = ldexpDD(m, k + 1074);
		const whole = Math.floor(units.hi);
		const frac = units.hi - whole + units.lo;
		const n = frac > 0.5 || (frac === 0.5 && whole % 2 !== 0) ? whole + 1 : whole;
		return n * 2 ** -1074;
	}
	return (m.hi + m.lo) * 2 ** k;
}

/** exp(x), correctly rounded. */
export function exp(x: number): number {
	if (Number.isNaN(x)) return x;
	if (x > 709.8) return Infinity;
	if (x < -745.2) return 0;
	if (x === 0) return 1;
	const [m, k] = expDD(dd(x));
	return scaleToDouble(m, k);
}

// ---------------------------------------------------------------------------
// expm1, log1p, sinh, cosh, tanh: glibc keeps fdlibm's algorithms for these, and so does V8, so
// Math.expm1/log1p/atanh already agree with CPython; sinh, cosh, tanh, asinh, acosh are glibc's
// formulas on top of expm1/log1p and the (correctly rounded, like glibc's) exp and log.

/** expm1(x) = exp(x) - 1 (fdlibm, as glibc). */
export const expm1: (x: number) => number = Math.expm1;

/** log1p(x) = log(1 + x) (fdlibm, as glibc). */
export const log1p: (x: number) => number = Math.log1p;

/** tanh(x): glibc's s_tanh.c (fdlibm, but computing small |x| down to 2**-55 instead of returning x). */
export function tanh(x: number): number {
	if (Number.isNaN(x)) return x;
	if (x === Infinity) return 1;
	if (x === -Infinity) return -1;
	if (x === 0) return x;
	const ix = highWord(x);
	const ax = Math.abs(x);
	let z: number;
	if (ix < 0x40360000) {
		// |x| < 22
		if (ix < 0x3c800000) return x * (1.0 + x); // |x| < 2**-55
		if (ix >= 0x3ff00000) z = 1.0 - 2.0 / (Math.expm1(2.0 * ax) + 2.0);
		else {
			const t = Math.expm1(-2.0 * ax);
			z = -t / (t + 2.0);
		}
	} else z = 1.0;
	return x >= 0 ? z : -z;
}

/** The high 32 bits of |x|, which fdlibm compares against its thresholds. */
function highWord(x: number): number {
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, x);
	return view.getUint32(0) & 0x7fffffff;
}

/** sinh(x): fdlibm's e_sinh.c. */
export function sinh(x: number): number {
	if (!Number.isFinite(x)) return x;
	const ix = highWord(x);
	const h = x < 0 ? -0.5 : 0.5;
	const ax = Math.abs(x);
	if (ix < 0x40360000) {
		// |x| < 22: sign(x) * (E + E / (E + 1)) / 2 with E = expm1(|x|)
		if (ix < 0x3e300000) return x; // |x| < 2**-28
		const t = Math.expm1(ax);
		if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
		return h * (t + t / (t + 1.0));
	}
	if (ix < 0x40862e42) return h * exp(ax); // |x| < log(DBL_MAX)
	if (ix <= 0x408633ce) {
		const w = exp(0.5 * ax);
		return h * w * w;
	}
	return x * Infinity;
}

/** cosh(x): fdlibm's e_cosh.c. */
export function cosh(x: number): number {
	if (Number.isNaN(x)) return x;
	const ix = highWord(x);
	const ax = Math.abs(x);
	if (ix < 0x3fd62e43) {
		// |x| < ln2 / 2: 1 + expm1(|x|)^2 / (2 exp(|x|))
		const t = Math.expm1(ax);
		const w = 1.0 + t;
		if (ix < 0x3c800000) return w;
		return 1.0 + (t * t) / (w + w);
	}
	if (ix < 0x40360000) {
		const t = exp(ax);
		return 0.5 * t + 0.5 / t;
	}
	if (ix < 0x40862e42) return 0.5 * exp(ax);
	if (ix <= 0x408633ce) {
		const w = exp(0.5 * ax);
		return 0.5 * w * w;
	}
	return Infinity;
}

/** atanh(x) (fdlibm, as glibc). */
export const atanh: (x: number) => number = Math.atanh;

/** asinh(x): fdlibm's s_asinh.c over the correctly rounded log (as glibc). */
export function asinh(x: number): number {
	if (!Number.isFinite(x)) return x;
	const ix = highWord(x);
	if (ix < 0x3e300000) return x; // |x| < 2**-28
	const ax = Math.abs(x);
	let w: number;
	if (ix > 0x41b00000) w = log(ax) + LN2_HI; // |x| > 2**28
	else if (ix > 0x40000000) w = log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax)); // 2 < |x| <= 2**28
	else {
		const t = x * x;
		w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
	}
	return x > 0 ? w : -w;
}

/** acosh(x): fdlibm's e_acosh.c over the correctly rounded log (as glibc). */
export function acosh(x: number): number {
	if (Number.isNaN(x) || x < 1) return NaN;
	if (x === Infinity) return x;
	const ix = highWord(x);
	if (ix >= 0x41b00000) return log(x) + LN2_HI; // x > 2**28
	if (x === 1) return 0;
	if (ix > 0x40000000) return log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0))); // 2 < x <= 2**28
	const t = x - 1.0;
	return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}

// ---------------------------------------------------------------------------
// sin, cos, tan

/** Largest |x| reduced with the three-part pi/2 (beyond, the reduction would lose accuracy). */
const MAX_REDUCIBLE = 2 ** 24;

/** x - k pi/2 as a double-double with |r| <= pi/4 (Cody-Waite with pi/2 in three parts), and k mod 4. */
function reduceHalfPi(x: number): [DD, number] {
	const k = Math.round(x / HALF_PI_DD.hi);
	if (k === 0) return [dd(x), 0];
	let r = sub(dd(x), twoProd(k, PIO2_1));
	r = sub(r, twoProd(k, PIO2_2));
	r = sub(r, twoProd(k, PIO2_3));
	return [r, ((k % 4) + 4) % 4];
}

/** sin(r) for |r| <= pi/4. */
function sinDD(r: DD): DD {
	const r2 = mul(r, r);
	let sum = INV_FACTORIAL[31];
	for (let n = 29; n >= 1; n -= 2) sum = add(mul(neg(sum), r2), INV_FACTORIAL[n]);
	// sum = 1/1! - r^2/3! + ... ; the sign pattern comes from the repeated negation.
	return mul(sum, r);
}

/** cos(r) for |r| <= pi/4. */
function cosDD(r: DD): DD {
	const r2 = mul(r, r);
	let sum = INV_FACTORIAL[32];
	for (let n = 30; n >= 0; n -= 2) sum = add(mul(neg(sum), r2), INV_FACTORIAL[n]);
	return sum;
}

/** sin and cos of x as double-doubles (x finite, |x| <= MAX_REDUCIBLE). */
function sinCos(x: number): [DD, DD] {
	const [r, quadrant] = reduceHalfPi(x);
	const s = sinDD(r);
	const c = cosDD(r);
	switch (quadrant) {
		case 0:
			return [s, c];
		case 1:
			return [c, neg(s)];
		case 2:
			return [neg(s), neg(c)];
		default:
			return [neg(c), s];
	}
}

/** sin(x), correctly rounded for |x| <= 2**24 (Math.sin beyond). */
export function sin(x: number): number {
	if (!Number.isFinite(x)) return NaN;
	if (Math.abs(x) < 2 ** -27) return x; // sin x = x - x^3/6 rounds to x
	if (Math.abs(x) > MAX_REDUCIBLE) return Math.sin(x);
	const s = sinCos(x)[0];
	return s.hi + s.lo;
}

/** cos(x), correctly rounded for |x| <= 2**24 (Math.cos beyond). */
export function cos(x: number): number {
	if (!Number.isFinite(x)) return NaN;
	if (Math.abs(x) < 2 ** -27) return 1;
	if (Math.abs(x) > MAX_REDUCIBLE) return Math.cos(x);
	const c = sinCos(x)[1];
	return c.hi + c.lo;
}

/** tan(x), correctly rounded for |x| <= 2**24 (Math.tan beyond). */
export function tan(x: number): number {
	if (!Number.isFinite(x)) return NaN;
	if (Math.abs(x) < 2 ** -27) return x;
	if (Math.abs(x) > MAX_REDUCIBLE) return Math.tan(x);
	const [s, c] = sinCos(x);
	const t = div(s, c);
	return t.hi + t.lo;
}

// ---------------------------------------------------------------------------
// atan, atan2, asin, acos

/** sqrt of a positive double-double (one Newton step from the double root). */
function sqrtDD(a: DD): DD {
	const s = Math.sqrt(a.hi);
	if (s === 0) return dd(0);
	// s + (a - s^2) / (2s), with s^2 exact.
	const residual = sub(a, twoProd(s, s));
	return quickTwoSum(s, (residual.hi + residual.lo) / (2 * s));
}

/** atan of a double-double with |a| <= 1: three angle halvings, then the Taylor series. */
function atanSmall(a: DD): DD {
	let t = a;
	for (let i = 0; i < 3; i++) {
		// atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
		t = div(t, add(dd(1), sqrtDD(add(dd(1), mul(t, t)))));
	}
	const t2 = mul(t, t);
	let sum = INV_ODD[17];
	for (let k = 16; k >= 0; k--) sum = add(mul(neg(sum), t2), INV_ODD[k]);
	return ldexpDD(mul(sum, t), 3);
}

/** atan of a double-double, any magnitude. */
function atanDD(a: DD): DD {
	if (Math.abs(a.hi) <= 1) return atanSmall(a);
	// atan(x) = +-pi/2 - atan(1/x)
	const inverse = atanSmall(div(dd(1), a));
	return a.hi > 0 ? sub(HALF_PI_DD, inverse) : sub(neg(HALF_PI_DD), inverse);
}

/** atan(x), correctly rounded. */
export function atan(x: number): number {
	if (Number.isNaN(x)) return x;
	if (x === Infinity) return HALF_PI_DD.hi;
	if (x === -Infinity) return -HALF_PI_DD.hi;
	if (Math.abs(x) < 2 ** -27) return x; // atan x = x - x^3/3 rounds to x
	if (Math.abs(x) > 2 ** 54) return x > 0 ? HALF_PI_DD.hi : -HALF_PI_DD.hi; // pi/2 - 1/x rounds to pi/2
	const r = atanDD(dd(x));
	return r.hi + r.lo;
}

/** atan2(y, x) with C99's special cases (signed zeros, infinities), correctly rounded. */
export function atan2(y: number, x: number): number {
	if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
	const pi = add(HALF_PI_DD, HALF_PI_DD);
	const yNegative = y < 0 || Object.is(y, -0);
	const signed = (v: DD): number => {
		const r = v.hi + v.lo;
		return yNegative ? -r : r;
	};
	const ay = Math.abs(y);
	if (!Number.isFinite(x) || !Number.isFinite(ay) || ay === 0 || x === 0) return Math.atan2(y, x); // exact special cases
	const ax = Math.abs(x);
	const ratio = ay / ax;
	let first: DD; // atan(ay / |x|)
	if (ratio > 2 ** 54) first = sub(HALF_PI_DD, dd(ax / ay));
	else if (ratio < 2 ** -27) first = dd(ratio);
	else {
		// Scale both to |x| ~ 1 so the double-double division cannot overflow (exact power-of-two scaling).
		const e = Math.floor(Math.log2(ax));
		const scale = (v: number): number => v * 2 ** Math.trunc(-e / 2) * 2 ** (-e - Math.trunc(-e / 2));
		first = atanDD(div(dd(scale(ay)), dd(scale(ax))));
	}
	return signed(x > 0 ? first : sub(pi, first));
}

/** asin(x), correctly rounded; NaN outside [-1, 1]. */
export function asin(x: number): number {
	if (!(Math.abs(x) <= 1)) return NaN;
	if (Math.abs(x) < 2 ** -27) return x;
	if (Math.abs(x) === 1) return x > 0 ? HALF_PI_DD.hi : -HALF_PI_DD.hi;
	// asin x = atan(x / sqrt((1 - x)(1 + x))), the product exact in double-double.
	const root = sqrtDD(mul(twoSum(1, -x), twoSum(1, x)));
	const r = atanDD(div(dd(x), root));
	return r.hi + r.lo;
}

/** acos(x), correctly rounded; NaN outside [-1, 1]. */
export function acos(x: number): number {
	if (!(Math.abs(x) <= 1)) return NaN;
	if (x === 1) return 0;
	if (x === -1) return add(HALF_PI_DD, HALF_PI_DD).hi;
	// acos x = 2 atan(sqrt((1 - x) / (1 + x))), accurate near both ends.
	const r = ldexpDD(atanDD(sqrtDD(div(twoSum(1, -x), twoSum(1, x)))), 1);
	return r.hi + r.lo;
}

// ---------------------------------------------------------------------------
// pow

/** True when y is an odd integer. */
function isOddInteger(y: number): boolean {
	return Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
}

/**
 * pow(x, y) with C99 special cases (as glibc: pow(x, 0) = 1, pow(1, y) = 1, NaN otherwise for
 * negative x and non-integer y), correctly rounded. Python's float ** and math.pow add their own
 * errors (ZeroDivisionError, ValueError, complex results) on top; see floatOps.
 */
export function pow(x: number, y: number): number {
	if (y === 0 || x === 1) return 1;
	if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
	if (!Number.isFinite(y) || !Number.isFinite(x) || x === 0) return x ** y; // IEEE special cases, exact
	const negative = x < 0;
	if (negative && !Number.isInteger(y)) return NaN;
	const resultSign = negative && isOddInteger(y) ? -1 : 1;
	const magnitude = Math.abs(x);
	if (y === 1) return x;
	if (y === 2) return x * x;
	// Note: when x ** y is an exact tie between two doubles (10.0 ** 23), glibc returns whichever side its
	// own approximation lands on (1.0000000000000001e+23); we cannot reproduce that and may differ.
	// exp(y log|x|) with the product kept in double-double.
	const t = mulNumber(logDD(magnitude), y);
	if (t.hi > 709.8) return resultSign * Infinity;
	if (t.hi < -745.2) return resultSign * 0;
	const [m, k] = expDD(t);
	return resultSign * scaleToDouble(m, k);
}
