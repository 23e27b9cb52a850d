/*
 * floatSum.test.ts
 * Checks src/runtime/lib/floatSum.ts against builtin sum() (3.11, 3.12, 3.13) and math.fsum().
 */

import { describe, it } from 'vitest';
import { FloatSum, fsum } from '../../src/runtime/lib/floatSum';
import { checkAll } from './check';
import { capture, dec, expected, loadFixture, type Encoded } from './pyjson';

/** Per Python version: cases of [xs, sum(xs), math.fsum(xs)] (an encoded float or error). */
type Fixture = { minor: number; cases: [xs: Encoded, sum: Encoded, fsum: Encoded][] }[];

/** sum(xs) with the default int start 0: the first float turns the int 0 into 0 + x, then the float loop. */
function builtinSum(xs: number[], minor: number): number {
	if (xs.length === 0) return 0;
	const s = new FloatSum(0 + xs[0], minor);
	for (const x of xs.slice(1)) s.add(x);
	return s.value();
}

describe('floatSum', () => {
	for (const { minor, cases } of loadFixture<Fixture>('floatsum')) {
		it(`sum() and math.fsum() match CPython 3.${minor}`, () => {
			checkAll(cases, ([xs, sumWant, fsumWant]) => {
				const values = dec<number[]>(xs);
				const sumGot = values.length === 0 ? 0 : builtinSum(values, minor);
				return [[sumGot, capture(() => fsum(values))], [expected(sumWant), expected(fsumWant)]];
			});
		});
	}
});
