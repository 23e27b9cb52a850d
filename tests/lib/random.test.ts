/*
 * random.test.ts
 * Checks mersenneTwister.ts, randomCore.ts and sha512.ts against CPython's random module (3.7-3.13).
 */

import { describe, expect, it } from 'vitest';
import { hashFloat } from '../../src/runtime/lib/intOps';
import { PyRandom } from '../../src/runtime/lib/randomCore';
import { sha512 } from '../../src/runtime/lib/sha512';
import { checkAll } from './check';
import { capture, dec, expected, loadFixture } from './pyjson';

const F = loadFixture('random');
const OPS: [string, any[]][] = dec(F.ops);

/** Hex text of bytes. */
function hex(bytes: Uint8Array): string {
	return Buffer.from(bytes).toString('hex');
}

/** Seeds a generator the way random.Random(seed) does for each fixture seed kind. */
function seeded(seed: any, minor: number): PyRandom {
	const r = new PyRandom(minor);
	if (typeof seed === 'string') r.seedString(seed);
	else if ('bytes' in seed) r.seedBytes(Uint8Array.from(Buffer.from(seed.bytes, 'hex')));
	else if ('f' in seed) r.seedHash(hashFloat(dec(seed)));
	else r.seedInt(dec(seed));
	return r;
}

/** Runs one op of the fixture script (see random_ops in tools/gen-lib-fixtures.py). */
function runOp(r: PyRandom, op: string, args: any[]): unknown {
	switch (op) {
		case 'random':
			return r.random();
		case 'getrandbits':
			return r.getrandbits(args[0]);
		case 'randint':
			return r.randint(args[0], args[1]);
		case 'randrange':
			return r.randrange(args[0], args[1] ?? null, args[2] ?? 1);
		case 'choice': {
			const i = r.choiceIndex(args[0]);
			// range(0)[0]: what CPython 3.9/3.10 end up raising.
			if (i >= args[0]) return { error: 'IndexError', message: 'range object index out of range' };
			return i;
		}
		case 'shuffle': {
			const items = Array.from({ length: args[0] }, (_, i) => i);
			r.shuffle(items);
			return items;
		}
		case 'sample':
			return r.sampleIndices(args[0], args[1]);
		case 'sampleCounts':
			return r.sampleWithCounts(args[0], args[1]);
		case 'choices':
			return r.choicesIndices(args[0], args[1]);
		case 'choicesW':
			return r.choicesIndices(args[0].length, args[1], args[0]);
		case 'choicesCum':
			return r.choicesIndices(args[0].length, args[1], null, args[0]);
		case 'uniform':
			return r.uniform(args[0], args[1]);
		case 'gauss':
			return r.gauss(...args);
		case 'normalvariate':
			return r.normalvariate(...args);
		case 'expovariate':
			return r.expovariate(...args);
		case 'triangular':
			return r.triangular(args[0], args[1], args[2] ?? null);
		case 'randbytes':
			return hex(r.randbytes(args[0]));
	}
	throw new Error('unknown op ' + op);
}

/** Replays every op on a fresh generator per seed and compares results and the final state. */
function checkRuns(runs: any[], minor: number): void {
	const cases: [string, number, any, unknown][] = [];
	for (const run of runs) {
		const r = seeded(run.seed, minor);
		run.results.forEach((want: any, i: number) => {
			if (want && want.skip) return;
			const [op, args] = OPS[i];
			// Arity errors of older versions (gauss() needed mu and sigma before 3.11) are the caller's business.
			if (want && want.error === 'TypeError' && /missing \d+ required/.test(want.message)) return;
			cases.push([`${JSON.stringify(run.seed)} ${op}(${args})`, i, expected(want), capture(() => runOp(r, op, args))]);
		});
		const state = r.getState();
		cases.push([`${JSON.stringify(run.seed)} final state`, -1, dec(run.state), [...state.mt.words, state.mt.index]]);
	}
	checkAll(cases, ([, , want, actual]) => [actual, want]);
}

describe('random', () => {
	it('sha512 matches hashlib', () => {
		for (const [message, digest] of F.sha512) expect(hex(sha512(Uint8Array.from(Buffer.from(message, 'hex'))))).toBe(digest);
	});

	it('seeded sequences match CPython 3.13', () => {
		checkRuns(F.runs, 13);
	});

	for (const { minor, runs } of loadFixture('random_versions') as any[]) {
		it(`seeded sequences match CPython 3.${minor}`, () => checkRuns(runs, minor));
	}
});
