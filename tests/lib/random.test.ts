/*
 * random.test.ts
 * Checks mersenneTwister.ts, randomCore.ts and sha512.ts against CPython's random module (3.7-3.13).
 */

import { describe, expect, it } from 'vitest';
import { hashFloat, type PyInt } from '../../src/runtime/lib/intOps';
import { PyRandom } from '../../src/runtime/lib/randomCore';
import { sha512 } from '../../src/runtime/lib/sha512';
import { checkAll } from './check';
import { capture, dec, expected, loadFixture, type Encoded } from './pyjson';

/** A seed of random.Random(): a str, bytes (hex), a float or an int. */
type Seed = string | { bytes: string } | { f: string } | { i: string };
/** One seeded run: a result per op of the shared script (or {skip}), then the generator's final state. */
interface Run {
	seed: Seed;
	results: Encoded[];
	state: Encoded;
}
const F = loadFixture<{ ops: Encoded; runs: Run[]; sha512: [message: string, digest: string][] }>('random');
const OPS = dec<[op: string, args: unknown[]][]>(F.ops);

/** Hex text of bytes. */
function hex(bytes: Uint8Array): string {
	return Buffer.from(bytes).toString('hex');
}

/** Seeds a generator the way random.Random(seed) does for each fixture seed kind. */
function seeded(seed: Seed, minor: number): PyRandom {
	const r = new PyRandom(minor);
	if (typeof seed === 'string') r.seedString(seed);
	else if ('bytes' in seed) r.seedBytes(Uint8Array.from(Buffer.from(seed.bytes, 'hex')));
	else if ('f' in seed) r.seedHash(hashFloat(dec(seed)));
	else r.seedInt(dec(seed));
	return r;
}

/** Runs one op of the fixture script (see random_ops in tools/gen-lib-fixtures.py). */
function runOp(r: PyRandom, op: string, args: unknown[]): unknown {
	// The generator writes each op's arguments with the types its method takes.
	const num = args as number[];
	const int = args as PyInt[];
	switch (op) {
		case 'random':
			return r.random();
		case 'getrandbits':
			return r.getrandbits(num[0]);
		case 'randint':
			return r.randint(int[0], int[1]);
		case 'randrange':
			return r.randrange(int[0], int[1] ?? null, int[2] ?? 1);
		case 'choice': {
			const i = r.choiceIndex(num[0]);
			// range(0)[0]: what CPython 3.9/3.10 end up raising.
			if (i >= num[0]) return { error: 'IndexError', message: 'range object index out of range' };
			return i;
		}
		case 'shuffle': {
			const items = Array.from({ length: num[0] }, (_, i) => i);
			r.shuffle(items);
			return items;
		}
		case 'sample':
			return r.sampleIndices(num[0], num[1]);
		case 'sampleCounts':
			return r.sampleWithCounts(args[0] as number[], num[1]);
		case 'choices':
			return r.choicesIndices(num[0], num[1]);
		case 'choicesW':
			return r.choicesIndices((args[0] as number[]).length, num[1], args[0] as number[]);
		case 'choicesCum':
			return r.choicesIndices((args[0] as number[]).length, num[1], null, args[0] as number[]);
		case 'uniform':
			return r.uniform(num[0], num[1]);
		case 'gauss':
			return r.gauss(...num);
		case 'normalvariate':
			return r.normalvariate(...num);
		case 'expovariate':
			return r.expovariate(...num);
		case 'triangular':
			return r.triangular(num[0], num[1], num[2] ?? null);
		case 'randbytes':
			return hex(r.randbytes(num[0]));
	}
	throw new Error('unknown op ' + op);
}

/** Replays every op on a fresh generator per seed and compares results and the final state. */
function checkRuns(runs: Run[], minor: number): void {
	const cases: [string, number, unknown, unknown][] = [];
	for (const run of runs) {
		const r = seeded(run.seed, minor);
		run.results.forEach((want, i) => {
			const tagged = typeof want === 'object' && want !== null ? (want as { skip?: boolean; error?: string; message?: string }) : null;
			if (tagged?.skip) return;
			const [op, args] = OPS[i];
			// Arity errors of older versions (gauss() needed mu and sigma before 3.11) are the caller's business.
			if (tagged?.error === 'TypeError' && /missing \d+ required/.test(tagged.message ?? '')) return;
			cases.push([`${JSON.stringify(run.seed)} ${op}(${args.join(',')})`, i, expected(want), capture(() => runOp(r, op, args))]);
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

	for (const { minor, runs } of loadFixture<{ minor: number; runs: Run[] }[]>('random_versions')) {
		it(`seeded sequences match CPython 3.${minor}`, () => checkRuns(runs, minor));
	}
});
