/*
 * heapq.ts
 * Lib/heapq.py over a JS array with a `<` callback, sifting exactly like CPython so equal keys come out in the same order.
 */

import { pyThrow } from './errors';

/** The `<` of the items (Python's rich comparison; may throw). */
export type LessThan<T> = (a: T, b: T) => boolean;

/** Moves heap[pos] up towards startpos while it is smaller than its parent (heapq._siftdown). */
function siftDown<T>(heap: T[], startpos: number, pos: number, lt: LessThan<T>): void {
	const newitem = heap[pos];
	while (pos > startpos) {
		const parentpos = (pos - 1) >> 1;
		const parent = heap[parentpos];
		if (!lt(newitem, parent)) break;
		heap[pos] = parent;
		pos = parentpos;
	}
	heap[pos] = newitem;
}

/**
 * Moves the smaller child up until a leaf is reached, then sifts the item down from there
 * (heapq._siftup: fewer comparisons than the textbook version, and it fixes the tie order).
 */
function siftUp<T>(heap: T[], pos: number, lt: LessThan<T>): void {
	const endpos = heap.length;
	const startpos = pos;
	const newitem = heap[pos];
	let childpos = 2 * pos + 1;
	while (childpos < endpos) {
		const rightpos = childpos + 1;
		if (rightpos < endpos && !lt(heap[childpos], heap[rightpos])) childpos = rightpos;
		heap[pos] = heap[childpos];
		pos = childpos;
		childpos = 2 * pos + 1;
	}
	heap[pos] = newitem;
	siftDown(heap, startpos, pos, lt);
}

/** heappush(heap, item). */
export function heappush<T>(heap: T[], item: T, lt: LessThan<T>): void {
	heap.push(item);
	siftDown(heap, 0, heap.length - 1, lt);
}

/** heappop(heap): the smallest item; IndexError('index out of range') when empty. */
export function heappop<T>(heap: T[], lt: LessThan<T>): T {
	if (heap.length === 0) pyThrow('IndexError', 'index out of range');
	const last = heap.pop()!;
	if (heap.length === 0) return last;
	const smallest = heap[0];
	heap[0] = last;
	siftUp(heap, 0, lt);
	return smallest;
}

/** heapreplace(heap, item): pop then push, returning the old smallest. */
export function heapreplace<T>(heap: T[], item: T, lt: LessThan<T>): T {
	if (heap.length === 0) pyThrow('IndexError', 'index out of range');
	const smallest = heap[0];
	heap[0] = item;
	siftUp(heap, 0, lt);
	return smallest;
}

/** heappushpop(heap, item): push then pop, faster and with CPython's comparison order. */
export function heappushpop<T>(heap: T[], item: T, lt: LessThan<T>): T {
	if (heap.length > 0 && lt(heap[0], item)) {
		const smallest = heap[0];
		heap[0] = item;
		siftUp(heap, 0, lt);
		return smallest;
	}
	return item;
}

/** heapify(x) in place. */
export function heapify<T>(x: T[], lt: LessThan<T>): void {
	for (let i = (x.length >> 1) - 1; i >= 0; i--) siftUp(x, i, lt);
}

/** Python's == (the caller's __eq__); tuple comparisons try identity first, as CPython does. */
export type Equals<T> = (a: T, b: T) => boolean;

/** A decorated entry of nsmallest/nlargest: CPython's (key, order, elem) tuple. */
interface Decorated<T, K> {
	key: K;
	order: number;
	item: T;
}

/** Tuple `<` on (key, order): keys first, the order only breaks ties between == keys. */
function decoratedLess<T, K>(lt: LessThan<K>, eq: Equals<K>): LessThan<Decorated<T, K>> {
	return (a, b) => (a.key === b.key || eq(a.key, b.key) ? a.order < b.order : lt(a.key, b.key));
}

/** A stable sort by `lt` alone (Python's sort uses only <); `descending` is sort(reverse=True). */
function stableSort<T>(items: T[], lt: LessThan<T>, descending = false): T[] {
	return items.sort(descending ? (a, b) => (lt(b, a) ? -1 : lt(a, b) ? 1 : 0) : (a, b) => (lt(a, b) ? -1 : lt(b, a) ? 1 : 0));
}

/** Max-heap sift towards the root (heapq._siftdown_max). */
function siftDownMax<T>(heap: T[], startpos: number, pos: number, lt: LessThan<T>): void {
	const newitem = heap[pos];
	while (pos > startpos) {
		const parentpos = (pos - 1) >> 1;
		const parent = heap[parentpos];
		if (!lt(parent, newitem)) break;
		heap[pos] = parent;
		pos = parentpos;
	}
	heap[pos] = newitem;
}

/** Max-heap sift to a leaf then back (heapq._siftup_max). */
function siftUpMax<T>(heap: T[], pos: number, lt: LessThan<T>): void {
	const endpos = heap.length;
	const startpos = pos;
	const newitem = heap[pos];
	let childpos = 2 * pos + 1;
	while (childpos < endpos) {
		const rightpos = childpos + 1;
		if (rightpos < endpos && !lt(heap[rightpos], heap[childpos])) childpos = rightpos;
		heap[pos] = heap[childpos];
		pos = childpos;
		childpos = 2 * pos + 1;
	}
	heap[pos] = newitem;
	siftDownMax(heap, startpos, pos, lt);
}

/** Options of nsmallest/nlargest. */
export interface SelectOptions<T, K> {
	/** The key= function; items are compared directly when absent. */
	key?: (item: T) => K;
	/** False when the iterable has no len() (a generator): CPython then skips the sorted() shortcut. */
	sizeKnown?: boolean;
}

/**
 * heapq.nsmallest(n, iterable, key) following Lib/heapq.py step by step (min() for n == 1, sorted()
 * when n >= len, else a max-heap of decorated tuples), so the comparisons and the tie order are CPython's.
 */
export function nsmallest<T, K = T>(n: number, items: readonly T[], lt: LessThan<K>, eq: Equals<K>, options: SelectOptions<T, K> = {}): T[] {
	const key = options.key ?? ((item: T) => item as unknown as K);
	if (n === 1) {
		if (items.length === 0) return [];
		let best = items[0];
		let bestKey = key(best);
		for (let i = 1; i < items.length; i++) {
			const k = key(items[i]);
			if (lt(k, bestKey)) [best, bestKey] = [items[i], k];
		}
		return [best];
	}
	if ((options.sizeKnown ?? true) && n >= items.length) {
		const keyed = items.map((item, order) => ({ key: key(item), order, item }));
		return stableSort(keyed, (a, b) => lt(a.key, b.key)).slice(0, Math.max(n, 0)).map((d) => d.item);
	}
	const count = Math.max(0, Math.min(n, items.length));
	const result: Decorated<T, K>[] = [];
	for (let i = 0; i < count; i++) result.push({ key: key(items[i]), order: i, item: items[i] });
	if (result.length === 0) return [];
	const less = decoratedLess<T, K>(lt, eq);
	for (let i = (result.length >> 1) - 1; i >= 0; i--) siftUpMax(result, i, less);
	let top = result[0].key;
	let order = n;
	for (let i = count; i < items.length; i++) {
		const k = key(items[i]);
		if (lt(k, top)) {
			result[0] = { key: k, order, item: items[i] };
			siftUpMax(result, 0, less);
			top = result[0].key;
			order++;
		}
	}
	return stableSort(result, less).map((d) => d.item);
}

/** heapq.nlargest(n, iterable, key), mirroring nsmallest with a min-heap and negative orders. */
export function nlargest<T, K = T>(n: number, items: readonly T[], lt: LessThan<K>, eq: Equals<K>, options: SelectOptions<T, K> = {}): T[] {
	const key = options.key ?? ((item: T) => item as unknown as K);
	if (n === 1) {
		if (items.length === 0) return [];
		let best = items[0];
		let bestKey = key(best);
		for (let i = 1; i < items.length; i++) {
			const k = key(items[i]);
			// max() asks item > best, which falls back to best < item.
			if (lt(bestKey, k)) [best, bestKey] = [items[i], k];
		}
		return [best];
	}
	if ((options.sizeKnown ?? true) && n >= items.length) {
		const keyed = items.map((item, order) => ({ key: key(item), order, item }));
		return stableSort(keyed, (a, b) => lt(a.key, b.key), true).slice(0, Math.max(n, 0)).map((d) => d.item);
	}
	const count = Math.max(0, Math.min(n, items.length));
	const result: Decorated<T, K>[] = [];
	for (let i = 0; i < count; i++) result.push({ key: key(items[i]), order: -i, item: items[i] });
	if (result.length === 0) return [];
	const less = decoratedLess<T, K>(lt, eq);
	heapify(result, less);
	let top = result[0].key;
	let order = -n;
	for (let i = count; i < items.length; i++) {
		const k = key(items[i]);
		if (lt(top, k)) {
			heapreplace(result, { key: k, order, item: items[i] }, less);
			top = result[0].key;
			order--;
		}
	}
	return stableSort(result, less, true).map((d) => d.item);
}
