/*
 * heapq.test.ts
 * Checks src/runtime/lib/heapq.ts against CPython's heapq: heap layout after every operation and tie order.
 */

import { describe, it } from 'vitest';
import * as H from '../../src/runtime/lib/heapq';
import { checkAll } from './check';
import { capture, loadFixture } from './pyjson';

/** A run's log entry: [op, item (an Item, or the initial Item[] for 'init'), ids after, result]. */
type Entry = [op: string, item: unknown, ids: number[], result?: unknown];
/** Selections: [items, n, nsmallest ids, nlargest ids, the same by key % 7]. */
type Selection = [items: Item[], n: number, smallest: number[], largest: number[], smallestByKey: number[], largestByKey: number[]];
const F = loadFixture<{ runs: Entry[][]; selections: Selection[] }>('heapq');

/** Items as in the fixture: [key, id]; only the key is compared. */
type Item = [number, number];
const lt = (a: Item, b: Item): boolean => a[0] < b[0];
const ids = (heap: Item[]): number[] => heap.map((item) => item[1]);
// The fixture's class defines no __eq__, so == is identity.
const identity = (a: Item, b: Item): boolean => a === b;

describe('heapq', () => {
	it('push/pop/pushpop/replace/heapify leave the heap exactly as CPython', () => {
		const steps: [number, Entry, unknown, unknown][] = [];
		F.runs.forEach((log, run) => {
			let heap: Item[] = [];
			for (const entry of log) {
				const op = entry[0];
				if (op === 'init') {
					heap = (entry[1] as Item[]).map((x): Item => [x[0], x[1]]);
					continue;
				}
				const item = entry[1] as Item;
				let result: unknown;
				if (op === 'heapify') H.heapify(heap, lt);
				else if (op === 'push') H.heappush(heap, item, lt);
				else {
					const run = (): Item =>
						op === 'pop' ? H.heappop(heap, lt) : op === 'pushpop' ? H.heappushpop(heap, item, lt) : H.heapreplace(heap, item, lt);
					const got = capture(run);
					result = Array.isArray(got) ? got[1] : got;
				}
				const want = op === 'push' || op === 'heapify' ? [entry[2]] : [entry[2], entry[3]];
				const actual = op === 'push' || op === 'heapify' ? [ids(heap)] : [ids(heap), result];
				steps.push([run, entry, actual, want]);
			}
		});
		checkAll(steps, ([, , actual, want]) => [actual, want]);
	});

	it('nsmallest and nlargest keep CPython tie order', () => {
		const byKey = { key: (item: Item) => item[0] % 7 };
		const numLt = (a: number, b: number): boolean => a < b;
		const numEq = (a: number, b: number): boolean => a === b;
		checkAll(F.selections, ([items, n, smallest, largest, smallestByKey, largestByKey]) => [
			[
				ids(H.nsmallest(n, items, lt, identity)),
				ids(H.nlargest(n, items, lt, identity)),
				ids(H.nsmallest(n, items, numLt, numEq, byKey)),
				ids(H.nlargest(n, items, numLt, numEq, byKey)),
			],
			[smallest, largest, smallestByKey, largestByKey],
		]);
	});
});
