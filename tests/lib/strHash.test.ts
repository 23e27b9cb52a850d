/*
 * strHash.test.ts
 * Checks src/runtime/lib/strHash.ts against hash() of CPython 3.7-3.13 run with fixed PYTHONHASHSEED
 * values, and that SetTable then iterates sets of strings in CPython's order.
 */

import { describe, it } from 'vitest';
import { SetTable } from '../../src/runtime/lib/setTable';
import { hashBytes, hashKeyFromSeed, hashStr } from '../../src/runtime/lib/strHash';
import { checkAll } from './check';
import { dec, loadFixture, type Encoded } from './pyjson';

/** One CPython run: hashes of strs and bytes (hex) and the iteration order of sets of strs. */
interface Run {
	minor: number;
	seed: number;
	str: [text: string, hash: Encoded][];
	bytes: [hex: string, hash: Encoded][];
	set: [items: string[], listing: string[]][];
}

const runs = loadFixture<Run[]>('strhash');

describe('strHash', () => {
	for (const run of runs) {
		it(`hash(str), hash(bytes) and set order, CPython 3.${run.minor}, PYTHONHASHSEED=${run.seed}`, () => {
			const key = hashKeyFromSeed(run.seed);
			const cases: [string, unknown, unknown][] = [];
			for (const [text, want] of run.str) cases.push([text, hashStr(text, key, run.minor), dec(want)]);
			for (const [hex, want] of run.bytes) cases.push([hex, hashBytes(Uint8Array.from(Buffer.from(hex, 'hex')), key, run.minor), dec(want)]);
			for (const [items, listing] of run.set) {
				const table = SetTable.fromEntries<string>((a, b) => a === b, items.map((t) => [t, hashStr(t, key, run.minor)]), run.minor);
				cases.push(['set', table.values(), listing]);
			}
			checkAll(cases, ([, actual, want]) => [actual, want]);
		});
	}
});
