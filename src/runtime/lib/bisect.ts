/*
 * bisect.ts
 * The bisect module (C _bisect semantics) over a JS array with a `<` callback and an optional key.
 */

import { pyThrow } from './errors';

/** Python's `<` between a needle (or key) and an array item's key; may throw. */
export type Less<T> = (a: T, b: T) => boolean;

/** Validates lo and resolves hi like _bisect (hi None or -1 means len(a)). */
function bounds(length: number, lo: number, hi: number | null): [number, number] {
	if (lo < 0) pyThrow('ValueError', 'lo must be non-negative');
	return [lo, hi === null || hi === -1 ? length : hi];
}

/** a[i] (through the key) with the IndexError CPython raises when hi exceeds len(a). */
function itemAt<T, K>(a: readonly T[], i: number, key?: (item: T) => K): K {
	if (i >= a.length) pyThrow('IndexError', 'list index out of range');
	return key ? key(a[i]) : (a[i] as unknown as K);
}

/** bisect_right(a, x, lo, hi, key): index after the last item <= x; `x` is already a key when `key` is given. */
export function bisectRight<T, K = T>(
	a: readonly T[],
	x: K,
	lt: Less<K>,
	lo = 0,
	hi: number | null = null,
	key?: (item: T) => K,
): number {
	let [low, high] = bounds(a.length, lo, hi);
	while (low < high) {
		const mid = Math.floor((low + high) / 2);
		if (lt(x, itemAt(a, mid, key))) high = mid;
		else low = mid + 1;
	}
	return low;
}

/** bisect_left(a, x, lo, hi, key): index of the first item >= x. */
export function bisectLeft<T, K = T>(
	a: readonly T[],
	x: K,
	lt: Less<K>,
	lo = 0,
	hi: number | null = null,
	key?: (item: T) => K,
): number {
	let [low, high] = bounds(a.length, lo, hi);
	while (low < high) {
		const mid = Math.floor((low + high) / 2);
		if (lt(itemAt(a, mid, key), x)) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** insort_right(a, x, lo, hi, key): inserts x after any equal items (the key is applied to x too). */
export function insortRight<T, K = T>(a: T[], x: T, lt: Less<K>, lo = 0, hi: number | null = null, key?: (item: T) => K): void {
	const needle = key ? key(x) : (x as unknown as K);
	a.splice(bisectRight(a, needle, lt, lo, hi, key), 0, x);
}

/** insort_left(a, x, lo, hi, key): inserts x before any equal items. */
export function insortLeft<T, K = T>(a: T[], x: T, lt: Less<K>, lo = 0, hi: number | null = null, key?: (item: T) => K): void {
	const needle = key ? key(x) : (x as unknown as K);
	a.splice(bisectLeft(a, needle, lt, lo, hi, key), 0, x);
}
