/*
 * bisect.test.ts
 * Checks src/runtime/lib/bisect.ts against CPython 3.13's bisect module.
 */

import { describe, it } from 'vitest';
import * as B from '../../src/runtime/lib/bisect';
import { checkAll } from './check';
import { capture, expected, loadFixture, type Encoded } from './pyjson';

/** [a, x, lo, hi, bisect_left, bisect_right, insort_left order, insort_right order] */
type Row = [a: number[], x: number, lo: number, hi: number | null, left: Encoded, right: Encoded, insortLeft: Encoded, insortRight: Encoded];

const lt = (a: number, b: number): boolean => a < b;

describe('bisect', () => {
	it('bisect_left/right and insort_left/right (with key) match CPython', () => {
		checkAll(loadFixture<Row[]>('bisect'), ([a, x, lo, hi, left, right, insortLeft, insortRight]) => {
			const keyed = (): [number, number][] => a.map((k, i) => [k, i]);
			const insort = (fn: typeof B.insortLeft): unknown =>
				capture(() => {
					const items = keyed();
					fn(items, [x, -1], lt, lo, hi, (item: [number, number]) => item[0]);
					return items.map((item) => item[1]);
				});
			return [
				[capture(() => B.bisectLeft(a, x, lt, lo, hi)), capture(() => B.bisectRight(a, x, lt, lo, hi)), insort(B.insortLeft), insort(B.insortRight)],
				[expected(left), expected(right), expected(insortLeft), expected(insortRight)],
			];
		});
	});
});
