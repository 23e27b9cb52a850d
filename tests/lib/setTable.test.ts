/*
 * setTable.test.ts
 * Checks that src/runtime/lib/setTable.ts iterates like CPython's sets after every kind of operation.
 */

import { describe, it } from 'vitest';
import { compareIntFloat, hashFloat, hashInt, type PyInt } from '../../src/runtime/lib/intOps';
import { SetTable, type SetEntry } from '../../src/runtime/lib/setTable';
import { checkAll } from './check';
import { capture, dec, loadFixture, type EncodedError } from './pyjson';

/** An encoded int or float key. */
type EncodedKey = { i: string } | { f: string };
/** One operation of a case: [op, argument (a key or a list of keys, by op), listing after, result]. */
type Step = [op: string, arg: unknown, after: EncodedKey[], result: null | EncodedError | EncodedKey];
/** A case: how the set is built ('literal' or not), its keys and first listing, then the operations. */
type Log = [[kind: string, items: EncodedKey[], first: EncodedKey[]], ...Step[]];

/** A Python int or float key, kept as an object so identity is per key like CPython objects. */
interface Key {
	isFloat: boolean;
	v: PyInt;
}

/** Python == between int/float keys (exact across types). */
function equal(a: Key, b: Key): boolean {
	if (a.isFloat && b.isFloat) return a.v === b.v;
	if (!a.isFloat && !b.isFloat) return a.v === b.v;
	const [i, f] = a.isFloat ? [b, a] : [a, b];
	return compareIntFloat(i.v, f.v as number) === 0;
}

/** Decodes a fixture key ({i: hex} or {f: bits}). */
function decodeKey(e: EncodedKey): Key {
	return { isFloat: 'f' in e, v: dec(e) };
}

/** The entry (key and its Python hash) for a fixture key. */
function entry(e: EncodedKey): SetEntry<Key> {
	const key = decodeKey(e);
	return [key, key.isFloat ? hashFloat(key.v as number) : hashInt(key.v)];
}

/** Re-encodes a key like the fixtures, so 1 and 1.0 stay distinct in comparisons. */
function encodeKey(k: Key): string {
	if (!k.isFloat) {
		const v = BigInt(k.v);
		return JSON.stringify({ i: (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16)) });
	}
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, k.v as number);
	return JSON.stringify({ f: view.getBigUint64(0).toString(16).padStart(16, '0') });
}

const listing = (s: SetTable<Key>): string[] => s.values().map(encodeKey);
const fixtureListing = (items: EncodedKey[]): string[] => items.map((e) => JSON.stringify(e));
let currentMinor = 13;
const tableOf = (items: EncodedKey[]): SetTable<Key> => SetTable.fromEntries(equal, items.map(entry), currentMinor);

/** The steps of a case up to its first mismatch (later steps only repeat the divergence). */
function untilFirstMismatch(steps: [unknown, unknown][]): [unknown, unknown][] {
	const i = steps.findIndex(([a, b]) => JSON.stringify(a) !== JSON.stringify(b));
	return i < 0 ? steps : steps.slice(0, i + 1);
}

/** Replays one fixture case; returns [actual, expected] listings for every step. */
function replay(log: Log, minor: number): [unknown, unknown][] {
	const steps: [unknown, unknown][] = [];
	currentMinor = minor;
	const [kind, items, first] = log[0];
	let s = kind === 'literal' && minor >= 9 ? SetTable.fromConstantDisplay(equal, items.map(entry), minor) : tableOf(items);
	steps.push([listing(s), fixtureListing(first)]);
	for (const [op, arg, after, result] of log.slice(1) as Step[]) {
		const key = arg as EncodedKey;
		const keys = arg as EncodedKey[];
		let got: unknown = null;
		const outcome = capture(() => {
			switch (op) {
				case 'add':
					s.add(...entry(key));
					break;
				case 'addmany':
					for (const e of keys) s.add(...entry(e));
					break;
				case 'discard':
					s.discard(...entry(key));
					break;
				case 'remove': {
					if (!s.discard(...entry(key))) got = { error: 'KeyError', message: 'missing' };
					break;
				}
				case 'pop':
					got = encodeKey(s.pop());
					break;
				case 'clear':
					s.clear();
					break;
				case 'or':
					s = s.union(tableOf(keys));
					break;
				case 'and':
					s = s.intersection(tableOf(keys));
					break;
				case 'sub':
					s = s.difference(tableOf(keys));
					break;
				case 'xor':
					s = s.symmetricDifference(tableOf(keys));
					break;
				case 'ior':
					s.update(tableOf(keys));
					break;
				case 'iand':
					s.intersectionUpdate(tableOf(keys));
					break;
				case 'isub':
					s.differenceUpdate(tableOf(keys));
					break;
				case 'ixor':
					s.symmetricDifferenceUpdate(tableOf(keys));
					break;
				case 'copy':
					s = s.copy();
					break;
				case 'update_list':
					s.updateFromIterable(keys.map(entry));
					break;
				case 'intersection_list':
					s = s.intersectionIterable(keys.map(entry));
					break;
				case 'difference_list':
					s = s.differenceIterable(keys.map(entry));
					break;
				case 'difference_update_list':
					s.differenceUpdateIterable(keys.map(entry));
					break;
				default:
					throw new Error('unknown op ' + op);
			}
		});
		if (outcome && typeof outcome === 'object' && 'error' in outcome) got = { error: outcome.error, message: 'missing' };
		const wantResult = result === null ? null : 'error' in result ? { error: result.error, message: 'missing' } : JSON.stringify(result);
		steps.push([[op, listing(s), got], [op, fixtureListing(after), wantResult]]);
	}
	return steps;
}

/** Shortens a listing for failure messages: keys as plain numbers, 'f' suffix for floats. */
function short(step: unknown): unknown {
	const compact = (items: string[]): string =>
		items.map((t) => {
			const e = JSON.parse(t) as EncodedKey;
			const v = dec<PyInt>(e);
			return 'f' in e ? `${Object.is(v, -0) ? '-0' : v}f` : String(v);
		}).join(' ');
	if (Array.isArray(step) && typeof step[0] === 'string' && Array.isArray(step[1])) return `${step[0]}: ${compact(step[1] as string[])} | ${JSON.stringify(step[2])}`;
	return Array.isArray(step) ? compact(step as string[]) : step;
}

describe('setTable', () => {
	it('iteration order matches CPython 3.13 after every operation', () => {
		const steps = loadFixture<{ cases: Log[] }>('settable').cases.flatMap((log) => untilFirstMismatch(replay(log, 13)));
		checkAll(steps, ([actual, want]) => [short(actual), short(want)]);
	});

	for (const { minor, cases } of loadFixture<{ minor: number; cases: Log[] }[]>('settable_versions')) {
		it(`iteration order matches CPython 3.${minor}`, () => {
			const steps = cases.flatMap((log) => untilFirstMismatch(replay(log, minor)));
			checkAll(steps, ([actual, want]) => [short(actual), short(want)]);
		});
	}
});
