/*
 * floatFormat.test.ts
 * Checks src/runtime/lib/floatFormat.ts against CPython 3.13 (tests/lib/fixtures/floatformat.json).
 */

import { describe, it } from 'vitest';
import { doubleToString, floatRepr, roundFloat, roundFloatToInt, type DoubleCode } from '../../src/runtime/lib/floatFormat';
import { checkAll } from './check';
import { capture, dec, expected, loadFixture, type Encoded } from './pyjson';

const F = loadFixture<{
	repr: [x: Encoded, want: string][];
	formats: [x: Encoded, spec: string, want: string][];
	round: [x: Encoded, ndigits: number | null, want: Encoded][];
}>('floatformat');

/** Applies a fixture spec "[+][z][#].<p><code>" through doubleToString (the empty code is 'g' plus ".0"). */
function applySpec(x: number, spec: string): string {
	const match = /^(\+?)(z?)(#?)\.(\d+)([eEfFgG]?)$/.exec(spec)!;
	const [, plus, z, alt, p, code] = match;
	const flags = { sign: !!plus, noNegativeZero: !!z, alt: !!alt, addDot0: code === '' };
	return doubleToString(x, (code || 'g') as DoubleCode, Number(p), flags);
}

describe('floatFormat', () => {
	it('repr matches CPython', () => {
		checkAll(F.repr, ([x, want]) => [floatRepr(dec(x)), want]);
	});

	it('e/f/g conversions with precision, sign, z and # flags', () => {
		checkAll(F.formats, ([x, spec, want]) => [applySpec(dec(x), spec), want]);
	});

	it('round(x) and round(x, n)', () => {
		checkAll(F.round, ([x, nd, want]) => [
			capture(() => (nd === null ? roundFloatToInt(dec(x)) : roundFloat(dec(x), nd))),
			expected(want),
		]);
	});
});
