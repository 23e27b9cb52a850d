/*
 * complex.ts
 * A basic complex type (construction from numbers/strings, arithmetic with CPython's division
 * and power algorithms, repr, hash, abs, conjugate, real/imag) and a memoryview placeholder.
 */

import { PyObject, PyType, PyValue, None, NotImplemented, pyBool, PyFloat, PyBoxed, makeBuiltinType, objectType, typeOf } from '../objects/object';
import { typeError, valueError, zeroDivisionError, overflowError, newException, NotImplementedError } from '../objects/exceptions';
import { typeName, newInstanceDict, callSpecial } from '../objects/protocol';
import { asInt, asFloatExact, intToFloatChecked, setComplexPow } from '../objects/numeric';
import * as I from '../lib/intOps';
import { doubleToString } from '../lib/floatFormat';
import * as CR from '../lib/crMath';
import { formatFloat } from '../lib/formatSpec';
import { rt } from '../objects/runtimeState';
import { method, setNew, bindArgs, getset } from './util';

export const complexType = makeBuiltinType('complex', objectType, (cls) => new PyComplex(0, 0, cls));
export const memoryviewType = makeBuiltinType('memoryview');

export class PyComplex extends PyObject {
	constructor(
		public re: number,
		public im: number,
		cls: PyType = complexType
	) {
		super(cls);
	}
}

const C = (v: PyValue): PyComplex => v as PyComplex;

/** (re, im) of a number usable in complex arithmetic, or null. */
function toC(v: PyValue): [number, number] | null {
	if (v instanceof PyComplex) return [v.re, v.im];
	if (v instanceof PyFloat) return [v.value, 0];
	const i = asInt(v);
	if (i !== undefined) return [intToFloatChecked(i), 0];
	const f = asFloatExact(v);
	if (f !== undefined) return [f, 0];
	return null;
}

const FLOAT_PART = '(?:(?:\\d(?:_?\\d)*)(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|inf(?:inity)?|nan';
const REAL_RE = new RegExp(`^[+-]?(?:${FLOAT_PART})$`, 'i');

function parseReal(s: string): number {
	if (!REAL_RE.test(s)) throw valueError('complex() arg is a malformed string');
	const t = s.replace(/_/g, '').toLowerCase();
	if (t.endsWith('inf') || t.endsWith('infinity')) return t.startsWith('-') ? -Infinity : Infinity;
	if (t.endsWith('nan')) return NaN;
	return Number(t);
}

export function parseComplex(text: string): [number, number] {
	let s = text.trim();
	if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
	if (s === '') throw valueError('complex() arg is a malformed string');
	if (!/[jJ]$/.test(s)) return [parseReal(s), 0];
	const body = s.slice(0, -1);
	let k = -1;
	for (let i = body.length - 1; i > 0; i--) {
		const c = body[i];
		if ((c === '+' || c === '-') && !/[eE]/.test(body[i - 1])) {
			k = i;
			break;
		}
	}
	const reS = k < 0 ? '' : body.slice(0, k);
	const imS = k < 0 ? body : body.slice(k);
	const im = imS === '' || imS === '+' ? 1 : imS === '-' ? -1 : parseReal(imS);
	return [reS === '' ? 0 : parseReal(reS), im];
}

setNew(complexType, (args, kwargs) => {
	const cls = args[0] as PyType;
	const [realV, imagV] = bindArgs({ name: 'complex', params: ['real', 'imag'] }, args, kwargs, 1);
	let re = 0;
	let im = 0;
	if (realV !== undefined) {
		if (typeof realV === 'string' || (realV instanceof PyBoxed && typeof realV.value === 'string')) {
			if (imagV !== undefined) throw typeError("complex() can't take second arg if first is a string");
			[re, im] = parseComplex(typeof realV === 'string' ? realV : (realV.value as string));
		} else {
			let c = toC(realV);
			if (c === null) {
				const r = callSpecial(realV, '__complex__', []);
				if (r !== undefined) {
					if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
					c = [r.re, r.im];
				} else if (typeof realV === 'object' && realV.cls.lookup('__float__') !== undefined) {
					const f = callSpecial(realV, '__float__', [])!;
					c = [asFloatExact(f) ?? 0, 0];
				}
			}
			if (c === null)
				throw typeError(`complex() first argument must be a string or a number, not '${typeName(realV)}'`);
			[re, im] = c;
		}
	}
	if (imagV !== undefined) {
		if (typeof imagV === 'string') throw typeError("complex() second arg can't be a string");
		const c = toC(imagV);
		if (c === null) throw typeError(`complex() second argument must be a number, not '${typeName(imagV)}'`);
		if (imagV instanceof PyComplex) re -= c[1];
		im = realV instanceof PyComplex ? im + c[0] : c[0];
	}
	if (cls === complexType) {
		if (realV instanceof PyComplex && realV.cls === complexType && imagV === undefined) return realV;
		return new PyComplex(re, im);
	}
	const o = new PyComplex(re, im, cls);
	if (cls.hasInstanceDict) o.dict = newInstanceDict();
	return o;
});

function fmt(x: number, sign = false): string {
	return doubleToString(x, 'r', 0, { sign });
}
export function complexRepr(c: PyComplex): string {
	if (c.re === 0 && !Object.is(c.re, -0)) return fmt(c.im) + 'j';
	return `(${fmt(c.re)}${fmt(c.im, true)}j)`;
}
method(complexType, '__repr__', (args) => complexRepr(C(args[0])));

function quot(a: [number, number], b: [number, number]): [number, number] {
	const absBr = Math.abs(b[0]);
	const absBi = Math.abs(b[1]);
	if (absBr >= absBi) {
		if (absBr === 0) throw zeroDivisionError(rt.minor >= 12 ? 'complex division by zero' : 'complex division by zero');
		const ratio = b[1] / b[0];
		const denom = b[0] + b[1] * ratio;
		return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
	}
	if (absBi >= absBr) {
		const ratio = b[0] / b[1];
		const denom = b[0] * ratio + b[1];
		return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
	}
	return [NaN, NaN];
}

function mul(a: [number, number], b: [number, number]): [number, number] {
	return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

function powu(x: [number, number], n: number): [number, number] {
	let r: [number, number] = [1, 0];
	let p = x;
	let mask = 1;
	while (mask > 0 && n >= mask) {
		if (n & mask) r = mul(r, p);
		mask <<= 1;
		p = mul(p, p);
	}
	return r;
}

function cpow(a: [number, number], b: [number, number]): [number, number] {
	if (b[1] === 0 && b[0] === Math.trunc(b[0]) && Math.abs(b[0]) <= 100) {
		const n = b[0];
		if (n > 0) return powu(a, n);
		if (n === 0) return [1, 0];
		if (a[0] === 0 && a[1] === 0) throw zeroDivisionError('0.0 to a negative or complex power');
		return quot([1, 0], powu(a, -n));
	}
	if (b[0] === 0 && b[1] === 0) return [1, 0];
	if (a[0] === 0 && a[1] === 0) {
		if (b[1] !== 0 || b[0] < 0) throw zeroDivisionError('0.0 to a negative or complex power');
		return [0, 0];
	}
	const vabs = Math.hypot(a[0], a[1]);
	let len = CR.pow(vabs, b[0]);
	const at = CR.atan2(a[1], a[0]);
	let phase = at * b[0];
	if (b[1] !== 0) {
		len /= CR.exp(at * b[1]);
		phase += b[1] * CR.log(vabs);
	}
	const r: [number, number] = [len * CR.cos(phase), len * CR.sin(phase)];
	if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) {
		if (Number.isFinite(a[0]) && Number.isFinite(a[1]) && Number.isFinite(b[0]) && Number.isFinite(b[1]))
			throw overflowError('complex exponentiation');
	}
	return r;
}

type Op = (a: [number, number], b: [number, number]) => [number, number];
const OPS: [string, Op][] = [
	['add', (a, b) => [a[0] + b[0], a[1] + b[1]]],
	['sub', (a, b) => [a[0] - b[0], a[1] - b[1]]],
	['mul', mul],
	['truediv', quot],
	['pow', cpow],
];
for (const [name, f] of OPS) {
	method(complexType, `__${name}__`, (args) => {
		if (name === 'pow' && args.length > 2 && args[2] !== None) throw valueError('complex modulo');
		const b = toC(args[1]);
		if (b === null) return NotImplemented;
		const r = f(toC(args[0])!, b);
		return new PyComplex(r[0], r[1]);
	});
	method(complexType, `__r${name}__`, (args) => {
		const b = toC(args[1]);
		if (b === null) return NotImplemented;
		const r = f(b, toC(args[0])!);
		return new PyComplex(r[0], r[1]);
	});
}
method(complexType, '__neg__', (args) => new PyComplex(-C(args[0]).re, -C(args[0]).im));
method(complexType, '__pos__', (args) => new PyComplex(C(args[0]).re, C(args[0]).im));
method(complexType, '__abs__', (args) => {
	const c = C(args[0]);
	const r = Math.hypot(c.re, c.im);
	if (!Number.isFinite(r) && Number.isFinite(c.re) && Number.isFinite(c.im)) throw overflowError('absolute value too large');
	return new PyFloat(r);
});
method(complexType, '__bool__', (args) => pyBool(C(args[0]).re !== 0 || C(args[0]).im !== 0));
method(complexType, 'conjugate', (args) => new PyComplex(C(args[0]).re, -C(args[0]).im));
getset(complexType, 'real', (self) => new PyFloat(C(self).re));
getset(complexType, 'imag', (self) => new PyFloat(C(self).im));
const eqImpl = (args: PyValue[], ne: boolean): PyValue => {
	const b = toC(args[1]);
	if (b === null) return NotImplemented;
	const a = C(args[0]);
	const eq = a.re === b[0] && a.im === b[1];
	return pyBool(ne ? !eq : eq);
};
method(complexType, '__eq__', (args) => eqImpl(args, false));
method(complexType, '__ne__', (args) => eqImpl(args, true));
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) method(complexType, name, () => NotImplemented);
method(complexType, '__hash__', (args) => {
	const c = C(args[0]);
	const hr = BigInt(I.hashFloat(c.re));
	const hi = BigInt(I.hashFloat(c.im));
	let h = BigInt.asIntN(64, hr + 1000003n * hi);
	if (h === -1n) h = -2n;
	return I.normalize(h);
});
method(complexType, '__format__', (args) => {
	const c = C(args[0]);
	const spec = args[1] as string;
	if (spec === '') return complexRepr(c);
	const re = formatFloat(c.re, spec, { minor: rt.minor, typeName: 'complex' });
	const im = formatFloat(c.im, spec.startsWith('+') ? spec : '+' + spec, { minor: rt.minor, typeName: 'complex' });
	return `${re}${im}j`;
});
method(complexType, '__complex__', (args) => args[0]);
method(complexType, '__int__', () => {
	throw typeError(rt.minor <= 9 ? "can't convert complex to int" : "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
});
method(complexType, '__float__', () => {
	throw typeError(rt.minor <= 9 ? "can't convert complex to float" : "float() argument must be a string or a real number, not 'complex'");
});
for (const [name, msg] of [
	['floordiv', "can't take floor of complex number."],
	['mod', "can't mod complex numbers."],
	['divmod', "can't take floor or mod of complex number."],
] as const) {
	const impl = (): PyValue => {
		if (rt.minor <= 9) throw typeError(msg);
		return NotImplemented;
	};
	method(complexType, `__${name}__`, impl);
	method(complexType, `__r${name}__`, impl);
}
method(complexType, '__getnewargs__', (args) => {
	void args;
	return None;
});

void typeOf;

setComplexPow((x, y) => {
	const r = cpow([x, 0], [y, 0]);
	return new PyComplex(r[0], r[1]);
});

setNew(memoryviewType, () => {
	throw newException(NotImplementedError, 'memoryview is not supported by this runtime');
});
