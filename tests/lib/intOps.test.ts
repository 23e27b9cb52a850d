/*
 * intOps.test.ts
 * Checks src/runtime/lib/intOps.ts against CPython 3.13 results (tests/lib/fixtures/intops*.json).
 */

import { describe, it } from 'vitest';
import { checkAll } from './check';
import * as I from '../../src/runtime/lib/intOps';
import { capture, dec, expected, loadFixture, type Encoded, type EncodedError } from './pyjson';

/** Rows per operation; ints and floats encoded, results possibly an error (see tools/gen-lib-fixtures.py). */
const F = loadFixture<{
	binary: [op: string, a: Encoded, b: Encoded, want: Encoded][];
	unary: [a: Encoded, inv: Encoded, negated: Encoded, bits: Encoded, ones: Encoded, hash: Encoded, asFloat: Encoded][];
	powmod: [a: Encoded, b: Encoded, m: Encoded, want: Encoded][];
	tostr: [a: Encoded, base: number, want: string][];
	limits: [a: Encoded, want: string | EncodedError][];
	parse: [text: string, base: number, want: Encoded][];
	floats: [x: Encoded, floor: Encoded, ceil: Encoded, trunc: Encoded, hash: Encoded][];
	compare: [n: Encoded, x: Encoded, want: number | null][];
}>('intops');

/** Checks that a result is normalized: safe ints are numbers, never -0. */
function isNormalized(v: unknown): boolean {
	if (Array.isArray(v)) return v.every(isNormalized);
	if (typeof v === 'bigint') return v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER);
	return !Object.is(v, -0);
}

const BINARY: Record<string, (a: I.PyInt, b: I.PyInt) => unknown> = {
	add: I.add,
	sub: I.sub,
	mul: I.mul,
	floorDiv: I.floorDiv,
	mod: (a, b) => I.mod(a, b),
	divmod: I.divmod,
	and: I.and,
	or: I.or,
	xor: I.xor,
	trueDiv: I.trueDiv,
	lshift: I.lshift,
	rshift: I.rshift,
	pow: (a, b) => {
		const r = I.powAny(a, b);
		return r.value;
	},
};

describe('intOps', () => {
	it('binary operators match CPython', () => {
		checkAll(F.binary, ([op, a, b, want]) => {
			const actual = capture(() => BINARY[op](dec(a), dec(b)));
			if (op !== 'trueDiv' && !(op === 'pow' && I.sign(dec(b)) < 0) && !isNormalized(actual)) return [actual, 'normalized'];
			return [actual, expected(want)];
		});
	});

	it('unary operations, bit_length, bit_count, hash, float()', () => {
		checkAll(F.unary, ([a, inv, negated, bits, ones, hash, asFloat]) => {
			const n = dec<I.PyInt>(a);
			const actual = [I.invert(n), I.neg(n), I.bitLength(n), I.bitCount(n), I.hashInt(n), capture(() => I.intToFloat(n))];
			return [actual, [dec(inv), dec(negated), dec(bits), dec(ones), dec(hash), expected(asFloat)]];
		});
	});

	it('pow with modulus', () => {
		checkAll(F.powmod, ([a, b, m, want]) => [capture(() => I.powMod(dec(a), dec(b), dec(m))), expected(want)]);
	});

	it('int to string in every base', () => {
		checkAll(F.tostr, ([a, base, want]) => [I.intToString(dec(a), base), want]);
	});

	it('the 4300-digit limit of str(int)', () => {
		checkAll(F.limits, ([a, want]) => {
			const actual = capture(() => I.intToString(dec(a)));
			return [actual, want];
		});
	});

	it('int(str, base) parsing and its errors', () => {
		checkAll(F.parse, ([text, base, want]) => [capture(() => I.parseIntLiteral(text, base)), expected(want)]);
	});

	it('floor, ceil, trunc and hash of floats', () => {
		checkAll(F.floats, ([x, floor, ceil, trunc, hash]) => {
			const v = dec<number>(x);
			const actual = [capture(() => I.floatFloor(v)), capture(() => I.floatCeil(v)), capture(() => I.floatTrunc(v))];
			if (hash !== null) actual.push(I.hashFloat(v));
			const want: unknown[] = [expected(floor), expected(ceil), expected(trunc)];
			if (hash !== null) want.push(dec(hash));
			return [actual, want];
		});
	});

	it('exact int/float comparison', () => {
		checkAll(F.compare, ([n, x, want]) => {
			const c = I.compareIntFloat(dec(n), dec(x));
			return [Number.isNaN(c) ? null : c, want];
		});
	});

	it('version-dependent messages', () => {
		const runs: Record<string, (minor: number) => unknown> = {
			'1%0': (minor) => I.mod(1, 0, minor),
			'pow(2,-1,5)': (minor) => I.powMod(2, -1, 5, minor),
			'pow(2,-1,4)': (minor) => I.powMod(2, -1, 4, minor),
			'str(10**4300)': (minor) => I.intToString(10n ** 4300n, 10, I.defaultIntStrLimit(minor)),
			'int("1"*4301)': (minor) => I.parseIntLiteral('1'.repeat(4301), 10, I.defaultIntStrLimit(minor)),
		};
		for (const { minor, cases } of loadFixture<{ minor: number; cases: [name: string, want: Encoded][] }[]>('intops_versions')) {
			checkAll(cases, ([name, want]) => [capture(() => runs[name](minor)), expected(want)]);
		}
	});
});
