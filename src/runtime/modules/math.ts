/*
 * math.ts
 * The math module with CPython's results and errors: `math domain error` (ValueError) when a
 * finite input gives NaN, `math range error` (OverflowError) when it overflows, exact integer
 * functions on bigints (isqrt, gcd, lcm, comb, perm, factorial), Shewchuk's exact fsum, and
 * CPython's own Lanczos gamma/lgamma and erf/erfc series.
 */

import { PyValue, PyFloat, PyBool, None, True, False, pyBool } from '../objects/object';
import { typeError, valueError, overflowError, zeroDivisionError } from '../objects/exceptions';
import { PyTuple } from '../objects/containers';
import { PyModule } from '../objects/function';
import { typeName, callSpecial, toIndex, getIter, iterNext, binaryOp, toArray, typeName as tn } from '../objects/protocol';
import { BinOp, asInt, asFloatExact, intToFloatChecked } from '../objects/numeric';
import { rt } from '../objects/runtimeState';
import * as I from '../lib/intOps';
import { registerModule, defFunction } from './registry';
import { bindArgs, checkPositional, noKw } from '../types/util';

type PyInt = number | bigint;

const domain = () => valueError('math domain error');
const range = () => overflowError('math range error');

/** PyFloat_AsDouble: float, int, __float__, __index__; `must be real number, not X`. */
export function toDouble(v: PyValue): number {
	if (typeof v === 'number') return v;
	if (v instanceof PyFloat) return v.value;
	const i = asInt(v);
	if (i !== undefined) return intToFloatChecked(i);
	const f = asFloatExact(v);
	if (f !== undefined) return f;
	const r = callSpecial(v, '__float__', []);
	if (r !== undefined) {
		if (r instanceof PyFloat) return r.value;
		const rf = asFloatExact(r);
		if (rf !== undefined) return rf;
		throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
	}
	const ix = callSpecial(v, '__index__', []);
	if (ix !== undefined) {
		const ii = asInt(ix);
		if (ii !== undefined) return intToFloatChecked(ii);
	}
	throw typeError(`must be real number, not ${typeName(v)}`);
}

const F = (x: number): PyFloat => new PyFloat(x);

/** CPython's math_1: NaN from non-NaN is a domain error, inf from finite is a range/domain error. */
function math1(fn: (x: number) => number, canOverflow: boolean): (args: PyValue[]) => PyValue {
	return (args) => {
		const x = toDouble(args[0]);
		const r = fn(x);
		if (Number.isNaN(r) && !Number.isNaN(x)) throw domain();
		if (!Number.isFinite(r) && Number.isFinite(x)) throw canOverflow ? range() : domain();
		return F(r);
	};
}

function oneArg(name: string, args: PyValue[], kwargs: import('../objects/object').Kwargs | null): void {
	noKw(name, kwargs);
	if (args.length !== 1) throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
}

// ---------------------------------------------------------------------------------------------
// gamma, lgamma, erf, erfc (CPython mathmodule.c algorithms)

const LANCZOS_G = 6.02468004077673;
const LANCZOS_G_MINUS_HALF = 5.52468004077673;
const LANCZOS_NUM = [
	23531376880.41076, 42919803642.6491,
	35711959237.35567, 17921034426.03721,
	6039542586.352028, 1439720407.3117216,
	248874557.86205417, 31426415.585400194,
	2876370.6289353725, 186056.26539522348,
	8071.672002365816, 210.82427775157936,
	2.5066282746310002,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL: number[] = (() => {
	const out = [1];
	for (let i = 1; i < 23; i++) out.push(out[i - 1] * i);
	return out;
})();

function lanczosSum(x: number): number {
	let num = 0;
	let den = 0;
	const n = LANCZOS_NUM.length;
	if (x < 5.0) {
		for (let i = n - 1; i >= 0; i--) {
			num = num * x + LANCZOS_NUM[i];
			den = den * x + LANCZOS_DEN[i];
		}
	} else {
		for (let i = 0; i < n; i++) {
			num = num / x + LANCZOS_NUM[i];
			den = den / x + LANCZOS_DEN[i];
		}
	}
	return num / den;
}

function cRound(x: number): number {
	const r = Math.round(Math.abs(x));
	// C round(): half away from zero
	const a = Math.abs(x);
	const f = Math.floor(a);
	const v = a - f >= 0.5 ? f + 1 : f;
	void r;
	return x < 0 ? -v : v;
}

function sinpi(x: number): number {
	const y = Math.abs(x) % 2.0;
	const n = cRound(2.0 * y);
	let r: number;
	switch (n) {
		case 0:
			r = Math.sin(Math.PI * y);
			break;
		case 1:
			r = Math.cos(Math.PI * (y - 0.5));
			break;
		case 2:
			r = Math.sin(Math.PI * (1.0 - y));
			break;
		case 3:
			r = -Math.cos(Math.PI * (y - 1.5));
			break;
		default:
			r = Math.sin(Math.PI * (y - 2.0));
	}
	return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function tgamma(x: number): number {
	if (!Number.isFinite(x)) {
		if (Number.isNaN(x) || x > 0) return x;
		throw domain();
	}
	if (x === 0) throw domain();
	if (x === Math.floor(x)) {
		if (x < 0) throw domain();
		if (x <= 23) return GAMMA_INTEGRAL[x - 1];
	}
	const absx = Math.abs(x);
	if (absx < 1e-20) {
		const r = 1.0 / x;
		if (!Number.isFinite(r)) throw range();
		return r;
	}
	if (absx > 200.0) {
		if (x < 0.0) return 0.0 / sinpi(x);
		throw range();
	}
	const y = absx + LANCZOS_G_MINUS_HALF;
	let q: number;
	let z: number;
	if (absx > LANCZOS_G_MINUS_HALF) {
		q = y - absx;
		z = q - LANCZOS_G_MINUS_HALF;
	} else {
		q = y - LANCZOS_G_MINUS_HALF;
		z = q - absx;
	}
	z = (z * LANCZOS_G) / y;
	let r: number;
	if (x < 0.0) {
		r = (-Math.PI / sinpi(absx) / absx) * Math.exp(y) / lanczosSum(absx);
		r -= z * r;
		if (absx < 140.0) r /= Math.pow(y, absx - 0.5);
		else {
			const s = Math.pow(y, absx / 2.0 - 0.25);
			r /= s;
			r /= s;
		}
	} else {
		r = lanczosSum(absx) / Math.exp(y);
		r += z * r;
		if (absx < 140.0) r *= Math.pow(y, absx - 0.5);
		else {
			const s = Math.pow(y, absx / 2.0 - 0.25);
			r *= s;
			r *= s;
		}
	}
	if (!Number.isFinite(r)) throw range();
	return r;
}

function lgamma(x: number): number {
	if (!Number.isFinite(x)) {
		if (Number.isNaN(x)) return x;
		return Infinity;
	}
	if (x === Math.floor(x) && x <= 2.0) {
		if (x <= 0.0) throw domain();
		return 0.0;
	}
	const absx = Math.abs(x);
	if (absx < 1e-20) return -Math.log(absx);
	let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
	r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
	if (x < 0.0) r = 1.1447298858494002 - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
	if (!Number.isFinite(r)) throw range();
	return r;
}

const SQRTPI = 1.772453850905516;
function erfSeries(x: number): number {
	const x2 = x * x;
	let acc = 0.0;
	let fk = 25 + 0.5;
	for (let i = 0; i < 25; i++) {
		acc = 2.0 + (x2 * acc) / fk;
		fk -= 1.0;
	}
	return (acc * x * Math.exp(-x2)) / SQRTPI;
}
function erfcContfrac(x: number): number {
	if (x >= 30.0) return 0.0;
	const x2 = x * x;
	let a = 0.0;
	let da = 0.5;
	let p = 1.0;
	let pLast = 0.0;
	let q = da + x2;
	let qLast = 1.0;
	for (let i = 0; i < 50; i++) {
		a += da;
		da += 2.0;
		const b = da + x2;
		let t = p;
		p = b * p - a * pLast;
		pLast = t;
		t = q;
		q = b * q - a * qLast;
		qLast = t;
	}
	return ((p / q) * x * Math.exp(-x2)) / SQRTPI;
}
function erf(x: number): number {
	if (Number.isNaN(x)) return x;
	const absx = Math.abs(x);
	if (absx < 1.5) return erfSeries(x);
	const cf = erfcContfrac(absx);
	return x > 0 ? 1.0 - cf : cf - 1.0;
}
function erfc(x: number): number {
	if (Number.isNaN(x)) return x;
	const absx = Math.abs(x);
	if (absx < 1.5) return 1.0 - erfSeries(x);
	const cf = erfcContfrac(absx);
	return x > 0 ? cf : 2.0 - cf;
}

// ---------------------------------------------------------------------------------------------
// Float bit helpers

const buf = new DataView(new ArrayBuffer(8));
function bitsOf(x: number): bigint {
	buf.setFloat64(0, x);
	return buf.getBigUint64(0);
}
function fromBits(b: bigint): number {
	buf.setBigUint64(0, b);
	return buf.getFloat64(0);
}

function frexp(x: number): [number, number] {
	if (x === 0 || !Number.isFinite(x)) return [x, 0];
	let e = 0;
	let m = Math.abs(x);
	// normalise subnormals
	if (m < 2.2250738585072014e-308) {
		m *= 2 ** 64;
		e -= 64;
	}
	const bits = bitsOf(m);
	const exp = Number((bits >> 52n) & 0x7ffn);
	e += exp - 1022;
	const mant = fromBits((bits & 0x800fffffffffffffn) | (1022n << 52n));
	return [x < 0 ? -mant : mant, e];
}

function ldexp(x: number, e: number): number {
	if (x === 0 || !Number.isFinite(x)) return x;
	if (e > 2200) e = 2200;
	if (e < -2200) e = -2200;
	let r = x;
	while (e > 1000) {
		r *= 2 ** 1000;
		e -= 1000;
	}
	while (e < -1000) {
		// scale in two steps to keep correct rounding of subnormals as much as possible
		if (e < -1000 - 100) {
			r *= 2 ** -1000;
			e += 1000;
		} else break;
	}
	if (e < -1000) {
		const half = Math.trunc(e / 2);
		r = r * 2 ** half;
		r = r * 2 ** (e - half);
	} else r *= 2 ** e;
	return r;
}

/** Exact product as hi + lo (Dekker/Veltkamp split; no fma in JS). */
function twoProd(a: number, b: number): [number, number] {
	const p = a * b;
	const split = (x: number): [number, number] => {
		const c = 134217729 * x;
		const hi = c - (c - x);
		return [hi, x - hi];
	};
	const [ah, al] = split(a);
	const [bh, bl] = split(b);
	return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/** CPython's vector_norm (hypot/dist): scaled, compensated sum of squares with a correction step. */
function vectorNorm(vec: number[]): number {
	let max = 0;
	let nan = false;
	for (let i = 0; i < vec.length; i++) {
		const x = Math.abs(vec[i]);
		vec[i] = x;
		if (Number.isNaN(x)) nan = true;
		else if (x > max) max = x;
	}
	if (max === Infinity) return max;
	if (nan) return NaN;
	if (max === 0 || vec.length <= 1) return max;
	const [, maxE] = frexp(max);
	if (maxE < -1023) {
		const DBL_MIN = 2.2250738585072014e-308;
		return DBL_MIN * vectorNorm(vec.map((x) => x / DBL_MIN));
	}
	const scale = 2 ** -maxE;
	let csum = 1.0;
	let frac1 = 0.0;
	let frac2 = 0.0;
	for (const v of vec) {
		const x = v * scale;
		const [phi, plo] = twoProd(x, x);
		const shi = csum + phi;
		const slo = csum - shi + phi;
		csum = shi;
		frac1 += plo;
		frac2 += slo;
	}
	let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
	const [phi, plo] = twoProd(-h, h);
	const shi = csum + phi;
	const slo = csum - shi + phi;
	csum = shi;
	frac1 += plo;
	frac2 += slo;
	const x = csum - 1.0 + (frac1 + frac2);
	h += x / (2.0 * h);
	return h / scale;
}

function nextafter(x: number, y: number): number {
	if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
	if (x === y) return y;
	if (x === 0) return y > 0 ? 5e-324 : -5e-324;
	const b = bitsOf(x);
	const up = y > x === x > 0;
	return fromBits(up ? b + 1n : b - 1n);
}

function ulp(x: number): number {
	if (Number.isNaN(x)) return x;
	x = Math.abs(x);
	if (!Number.isFinite(x)) return x;
	const x2 = nextafter(x, Infinity);
	if (!Number.isFinite(x2)) {
		return x - nextafter(x, -Infinity);
	}
	return x2 - x;
}

function fmod(x: number, y: number): number {
	if (Number.isFinite(x) && !Number.isFinite(y) && !Number.isNaN(y)) return x;
	const r = x % y;
	if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domain();
	return r;
}

function remainder(x: number, y: number): number {
	if (Number.isNaN(x)) return x;
	if (Number.isNaN(y)) return y;
	if (!Number.isFinite(x) || y === 0) throw domain();
	if (!Number.isFinite(y)) return x;
	const absx = Math.abs(x);
	const absy = Math.abs(y);
	const m = absx % absy;
	const c = absy - m;
	let r: number;
	if (m < c) r = m;
	else if (m > c) r = -c;
	else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
	return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function pow(x: number, y: number): number {
	if (x === 1 || y === 0) return 1;
	if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
	if (!Number.isFinite(y)) {
		const ax = Math.abs(x);
		if (ax === 1) return 1;
		if (y > 0) return ax > 1 ? Infinity : 0;
		return ax < 1 ? Infinity : 0;
	}
	if (!Number.isFinite(x)) return Math.pow(x, y);
	if (x === 0 && y < 0) throw domain();
	if (x < 0 && !Number.isInteger(y)) throw domain();
	const r = Math.pow(x, y);
	if (!Number.isFinite(r)) throw range();
	return r;
}

function logBig(v: PyValue, kind: 'e' | '2' | '10'): number {
	const i = asInt(v);
	const f = kind === 'e' ? Math.log : kind === '2' ? Math.log2 : Math.log10;
	if (i !== undefined && typeof i === 'bigint') {
		if (i <= 0n) throw domain();
		const x = I.bitLength(i) < 1000 ? I.intToFloat(i) : Infinity;
		if (Number.isFinite(x)) return f(x);
		// x = m * 2**e with m in [0.5, 1)
		const bits = I.bitLength(i);
		const shift = bits - 64;
		const m = Number(i >> BigInt(shift)) / 2 ** 64;
		const e = bits;
		return f(m) + e * f(2);
	}
	if (i !== undefined && typeof i === 'number' && i <= 0) throw domain();
	const x = toDouble(v);
	if (Number.isNaN(x)) return x;
	if (x <= 0) throw domain();
	if (x === Infinity) return x;
	return f(x);
}

// ---------------------------------------------------------------------------------------------
// Integer functions

function intArg(v: PyValue): PyInt {
	return toIndex(v);
}

function bigIsqrt(n: bigint): bigint {
	if (n < 2n) return n;
	// Newton's method from an overestimate (2 ** ceil(bits / 2)) decreases monotonically to the floor.
	let x = 1n << BigInt(Math.ceil(I.bitLength(n) / 2));
	for (;;) {
		const y = (x + n / x) >> 1n;
		if (y >= x) return x;
		x = y;
	}
}

function gcd2(a: bigint, b: bigint): bigint {
	if (a < 0n) a = -a;
	if (b < 0n) b = -b;
	while (b) [a, b] = [b, a % b];
	return a;
}

function factorialBig(n: number): bigint {
	let r = 1n;
	for (let i = 2; i <= n; i++) r *= BigInt(i);
	return r;
}

function norm(b: bigint): PyInt {
	return I.normalize(b);
}

function permBig(n: bigint, k: bigint): bigint {
	if (k > n) return 0n;
	let r = 1n;
	for (let i = 0n; i < k; i++) r *= n - i;
	return r;
}

function combBig(n: bigint, k: bigint): bigint {
	if (k > n) return 0n;
	if (k > n - k) k = n - k;
	let r = 1n;
	for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
	return r;
}

function nonNeg(v: PyValue, what: 'n' | 'k'): bigint {
	const i = intArg(v);
	const b = I.toBig(i);
	if (b < 0n) throw valueError(`${what} must be a non-negative integer`);
	return b;
}

// ---------------------------------------------------------------------------------------------
// fsum (Shewchuk / CPython msum)

function fsum(iterable: PyValue): number {
	const it = getIter(iterable);
	const partials: number[] = [];
	let specialSum = 0;
	let infSum = 0;
	for (;;) {
		const item = iterNext(it);
		if (item === undefined) break;
		let x = toDouble(item);
		const xsave = x;
		let i = 0;
		for (let j = 0; j < partials.length; j++) {
			let y = partials[j];
			if (Math.abs(x) < Math.abs(y)) {
				const t = x;
				x = y;
				y = t;
			}
			const hi = x + y;
			const lo = y - (hi - x);
			if (lo !== 0.0) partials[i++] = lo;
			x = hi;
		}
		partials.length = i;
		if (x !== 0.0) {
			if (!Number.isFinite(x)) {
				if (Number.isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
				if (!Number.isFinite(xsave) && !Number.isNaN(xsave)) infSum += xsave;
				specialSum += xsave;
				partials.length = 0;
			} else partials.push(x);
		}
	}
	if (specialSum !== 0.0) {
		if (Number.isNaN(infSum)) throw valueError('-inf + inf in fsum');
		return specialSum;
	}
	let hi = 0.0;
	let n = partials.length;
	if (n > 0) {
		hi = partials[--n]!;
		let lo = 0;
		while (n > 0) {
			const x = hi;
			const y = partials[--n];
			hi = x + y;
			const yr = hi - x;
			lo = y - yr;
			if (lo !== 0.0) break;
		}
		if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
			const y = lo * 2.0;
			const x = hi + y;
			const yr = x - hi;
			if (y === yr) hi = x;
		}
	}
	return hi;
}

// ---------------------------------------------------------------------------------------------

function toIntResult(x: number): PyInt {
	return I.floatFloor(x);
}
void toIntResult;

function roundingFn(name: 'floor' | 'ceil' | 'trunc'): (args: PyValue[], kwargs: import('../objects/object').Kwargs | null) => PyValue {
	return (args, kwargs) => {
		oneArg(name, args, kwargs);
		const v = args[0];
		if (typeof v === 'number' || typeof v === 'bigint') return v;
		if (v instanceof PyBool) return v.value;
		if (v instanceof PyFloat) return name === 'floor' ? I.floatFloor(v.value) : name === 'ceil' ? I.floatCeil(v.value) : I.floatTrunc(v.value);
		const r = callSpecial(v, `__${name}__`, []);
		if (r !== undefined) return r;
		if (name === 'trunc') throw typeError(`type ${typeName(v)} doesn't define __trunc__ method`);
		const x = toDouble(v);
		return name === 'floor' ? I.floatFloor(x) : I.floatCeil(x);
	};
}

registerModule('math', (m: PyModule) => {
	const d = m.dict;
	d.setStr('pi', F(Math.PI));
	d.setStr('e', F(Math.E));
	d.setStr('tau', F(2 * Math.PI));
	d.setStr('inf', F(Infinity));
	d.setStr('nan', F(NaN));
	const one = (name: string, fn: (x: number) => number, canOverflow = false): void => {
		const f = math1(fn, canOverflow);
		defFunction(m, name, (args, kwargs) => {
			oneArg(name, args, kwargs);
			return f(args);
		});
	};
	one('sqrt', (x) => (x < 0 ? NaN : Math.sqrt(x)));
	one('exp', Math.exp, true);
	one('expm1', Math.expm1, true);
	one('sin', Math.sin);
	one('cos', Math.cos);
	one('tan', Math.tan);
	one('asin', Math.asin);
	one('acos', Math.acos);
	one('atan', Math.atan);
	one('sinh', Math.sinh, true);
	one('cosh', Math.cosh, true);
	one('tanh', Math.tanh);
	one('asinh', Math.asinh);
	one('acosh', Math.acosh);
	one('atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)));
	one('fabs', Math.abs);
	one('degrees', (x) => x * (180.0 / Math.PI));
	one('radians', (x) => x * (Math.PI / 180.0));
	one('log1p', (x) => (x <= -1 ? NaN : Math.log1p(x)));
	one('erf', erf);
	one('erfc', erfc);
	defFunction(m, 'gamma', (args, kwargs) => {
		oneArg('gamma', args, kwargs);
		return F(tgamma(toDouble(args[0])));
	});
	defFunction(m, 'lgamma', (args, kwargs) => {
		oneArg('lgamma', args, kwargs);
		return F(lgamma(toDouble(args[0])));
	});
	if (rt.minor >= 11) {
		one('exp2', (x) => Math.pow(2, x), true);
		one('cbrt', Math.cbrt);
	}
	defFunction(m, 'floor', roundingFn('floor'));
	defFunction(m, 'ceil', roundingFn('ceil'));
	defFunction(m, 'trunc', roundingFn('trunc'));
	defFunction(m, 'isfinite', (args, kw) => (oneArg('isfinite', args, kw), pyBool(Number.isFinite(toDouble(args[0])))));
	defFunction(m, 'isinf', (args, kw) => {
		oneArg('isinf', args, kw);
		const x = toDouble(args[0]);
		return pyBool(x === Infinity || x === -Infinity);
	});
	defFunction(m, 'isnan', (args, kw) => (oneArg('isnan', args, kw), pyBool(Number.isNaN(toDouble(args[0])))));
	defFunction(m, 'log', (args, kwargs) => {
		noKw('log', kwargs);
		checkPositional('log', args, 1, 2);
		const num = logBig(args[0], 'e');
		if (args.length === 1) return F(num);
		const den = logBig(args[1], 'e');
		if (den === 0) throw zeroDivisionError('float division by zero');
		return F(num / den);
	});
	defFunction(m, 'log2', (args, kw) => (oneArg('log2', args, kw), F(logBig(args[0], '2'))));
	defFunction(m, 'log10', (args, kw) => (oneArg('log10', args, kw), F(logBig(args[0], '10'))));
	const two = (name: string, fn: (x: number, y: number) => number): void => {
		defFunction(m, name, (args, kwargs) => {
			noKw(name, kwargs);
			checkPositional(name, args, 2, 2);
			return F(fn(toDouble(args[0]), toDouble(args[1])));
		});
	};
	two('pow', pow);
	two('fmod', fmod);
	two('atan2', Math.atan2);
	two('copysign', (x, y) => {
		const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && bitsOf(y) >> 63n === 1n);
		return neg ? -Math.abs(x) : Math.abs(x);
	});
	two('remainder', remainder);
	if (rt.minor >= 9) {
		defFunction(m, 'nextafter', (args, kwargs) => {
			const params = rt.minor >= 12 ? ['x', 'y', 'steps'] : ['x', 'y'];
			const [x, y, steps] = bindArgs({ name: 'nextafter', params, required: 2, posOnly: 2, kwOnlyFrom: 2 }, args, kwargs);
			let r = toDouble(x!);
			const yy = toDouble(y!);
			if (steps === undefined || steps === None) return F(nextafter(r, yy));
			const n = Number(I.toBig(toIndex(steps)));
			if (n < 0) throw valueError('steps must be a non-negative integer');
			for (let i = 0; i < n && r !== yy; i++) r = nextafter(r, yy);
			return F(r);
		});
		defFunction(m, 'ulp', (args, kw) => (oneArg('ulp', args, kw), F(ulp(toDouble(args[0])))));
	}
	defFunction(m, 'ldexp', (args, kwargs) => {
		noKw('ldexp', kwargs);
		checkPositional('ldexp', args, 2, 2);
		const x = toDouble(args[0]);
		const ev = args[1];
		const ei = asInt(ev);
		if (ei === undefined) throw typeError('Expected an int as second argument to ldexp.');
		const e = typeof ei === 'bigint' ? (ei > 0n ? 100000 : -100000) : ei;
		const r = ldexp(x, e);
		if (!Number.isFinite(r) && Number.isFinite(x)) throw range();
		return F(r);
	});
	defFunction(m, 'frexp', (args, kw) => {
		oneArg('frexp', args, kw);
		const [mm, e] = frexp(toDouble(args[0]));
		return new PyTuple([F(mm), e]);
	});
	defFunction(m, 'modf', (args, kw) => {
		oneArg('modf', args, kw);
		const x = toDouble(args[0]);
		if (!Number.isFinite(x)) {
			if (Number.isNaN(x)) return new PyTuple([F(x), F(x)]);
			return new PyTuple([F(x > 0 ? 0 : -0), F(x)]);
		}
		const ip = Math.trunc(x);
		let fp = x - ip;
		if (fp === 0) fp = x < 0 || Object.is(x, -0) ? -0 : 0;
		return new PyTuple([F(fp), F(ip === 0 && (x < 0 || Object.is(x, -0)) ? -0 : ip)]);
	});
	defFunction(m, 'hypot', (args, kwargs) => {
		noKw('hypot', kwargs);
		if (rt.minor < 8) checkPositional('hypot', args, 2, 2);
		return F(vectorNorm(args.map(toDouble)));
	});
	defFunction(m, 'dist', (args, kwargs) => {
		noKw('dist', kwargs);
		checkPositional('dist', args, 2, 2);
		const p = toArray(args[0]);
		const q = toArray(args[1]);
		if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
		return F(vectorNorm(p.map((x, i) => toDouble(x) - toDouble(q[i]))));
	});
	defFunction(m, 'isclose', (args, kwargs) => {
		const [a, b, rel, abs] = bindArgs(
			{ name: 'isclose', params: ['a', 'b', 'rel_tol', 'abs_tol'], required: 2, kwOnlyFrom: 2 },
			args,
			kwargs
		);
		const x = toDouble(a!);
		const y = toDouble(b!);
		const rt_ = rel === undefined ? 1e-9 : toDouble(rel);
		const at = abs === undefined ? 0.0 : toDouble(abs);
		if (rt_ < 0 || at < 0) throw valueError('tolerances must be non-negative');
		if (x === y) return True;
		if (!Number.isFinite(x) || !Number.isFinite(y)) return False;
		const diff = Math.abs(y - x);
		return pyBool((diff <= Math.abs(rt_ * y) || diff <= Math.abs(rt_ * x)) || diff <= at);
	});
	defFunction(m, 'fsum', (args, kwargs) => {
		noKw('fsum', kwargs);
		if (args.length !== 1) throw typeError(`math.fsum() takes exactly one argument (${args.length} given)`);
		return F(fsum(args[0]));
	});
	defFunction(m, 'isqrt', (args, kw) => {
		oneArg('isqrt', args, kw);
		const n = I.toBig(intArg(args[0]));
		if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
		return norm(bigIsqrt(n));
	});
	defFunction(m, 'factorial', (args, kw) => {
		oneArg('factorial', args, kw);
		let v = args[0];
		if (rt.minor < 10 && v instanceof PyFloat) {
			if (!Number.isInteger(v.value)) throw valueError('factorial() only accepts integral values');
			v = I.floatTrunc(v.value);
		}
		const n = I.toBig(intArg(v));
		if (n < 0n) throw valueError('factorial() not defined for negative values');
		if (n > 100000n) throw overflowError('factorial() argument should not exceed 9223372036854775807');
		return norm(factorialBig(Number(n)));
	});
	defFunction(m, 'gcd', (args, kwargs) => {
		noKw('gcd', kwargs);
		if (rt.minor < 9) checkPositional('gcd', args, 2, 2);
		let g = 0n;
		for (const a of args) g = gcd2(g, I.toBig(intArg(a)));
		return norm(g);
	});
	if (rt.minor >= 9) {
		defFunction(m, 'lcm', (args, kwargs) => {
			noKw('lcm', kwargs);
			let l = 1n;
			if (args.length === 0) return 1;
			for (const a of args) {
				const b = I.toBig(intArg(a));
				if (b === 0n || l === 0n) {
					l = 0n;
					continue;
				}
				const ab = b < 0n ? -b : b;
				l = (l / gcd2(l, ab)) * ab;
			}
			return norm(l);
		});
	}
	if (rt.minor >= 8) {
		defFunction(m, 'comb', (args, kwargs) => {
			noKw('comb', kwargs);
			checkPositional('comb', args, 2, 2);
			const n = nonNeg(args[0], 'n');
			const k = nonNeg(args[1], 'k');
			return norm(combBig(n, k));
		});
		defFunction(m, 'perm', (args, kwargs) => {
			noKw('perm', kwargs);
			checkPositional('perm', args, 1, 2);
			const n = nonNeg(args[0], 'n');
			if (args.length === 1 || args[1] === None) return norm(factorialBig(Number(n)));
			const k = nonNeg(args[1], 'k');
			return norm(permBig(n, k));
		});
		defFunction(m, 'prod', (args, kwargs) => {
			const [it, start] = bindArgs({ name: 'prod', params: ['iterable', 'start'], required: 1, posOnly: 1, kwOnlyFrom: 1 }, args, kwargs);
			let acc: PyValue = start ?? 1;
			const iter = getIter(it!);
			for (;;) {
				const v = iterNext(iter);
				if (v === undefined) return acc;
				acc = binaryOp(BinOp.Mul, acc, v);
			}
		});
	}
	if (rt.minor >= 12) {
		defFunction(m, 'sumprod', (args, kwargs) => {
			noKw('sumprod', kwargs);
			checkPositional('sumprod', args, 2, 2);
			const p = getIter(args[0]);
			const q = getIter(args[1]);
			let acc: PyValue = 0;
			for (;;) {
				const a = iterNext(p);
				const b = iterNext(q);
				if (a === undefined && b === undefined) return acc;
				if (a === undefined || b === undefined) throw valueError('Inputs are not the same length');
				acc = binaryOp(BinOp.Add, acc, binaryOp(BinOp.Mul, a, b));
			}
		});
	}
	if (rt.minor >= 13) {
		defFunction(m, 'fma', (args, kwargs) => {
			noKw('fma', kwargs);
			checkPositional('fma', args, 3, 3);
			const x = toDouble(args[0]);
			const y = toDouble(args[1]);
			const z = toDouble(args[2]);
			const r = x * y + z;
			if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) throw range();
			if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) throw domain();
			return F(r);
		});
	}
});

void tn;
void PyBool;
