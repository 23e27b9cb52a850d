/*
 * heapq.ts
 * The timer heap of the event loop: the exact algorithm of CPython's Lib/heapq.py
 * (heappush = append + _siftdown, heappop = pop last + _siftup, heapify = _siftup from n//2-1
 * down to 0), comparing `_when` only, as TimerHandle.__lt__ does. Equal deadlines therefore pop
 * in heapq's order, which is NOT FIFO: 5 equal keys pushed 1..5 pop as 1,3,5,2,4.
 */

export interface Timed {
	_when: number;
}

function siftdown<T extends Timed>(heap: T[], startpos: number, pos: number): void {
	const newitem = heap[pos];
	while (pos > startpos) {
		const parentpos = (pos - 1) >> 1;
		const parent = heap[parentpos];
		if (newitem._when < parent._when) {
			heap[pos] = parent;
			pos = parentpos;
			continue;
		}
		break;
	}
	heap[pos] = newitem;
}

function siftup<T extends Timed>(heap: T[], pos: number): void {
	const endpos = heap.length;
	const startpos = pos;
	const newitem = heap[pos];
	let childpos = 2 * pos + 1;
	while (childpos < endpos) {
		const rightpos = childpos + 1;
		if (rightpos < endpos && !(heap[childpos]._when < heap[rightpos]._when)) childpos = rightpos;
		heap[pos] = heap[childpos]!;
		pos = childpos;
		childpos = 2 * pos + 1;
	}
	heap[pos] = newitem;
	siftdown(heap, startpos, pos);
}

export function heappush<T extends Timed>(heap: T[], item: T): void {
	heap.push(item);
	siftdown(heap, 0, heap.length - 1);
}

export function heappop<T extends Timed>(heap: T[]): T {
	const last = heap.pop()!;
	if (heap.length > 0) {
		const ret = heap[0];
		heap[0] = last;
		siftup(heap, 0);
		return ret;
	}
	return last;
}

export function heapify<T extends Timed>(heap: T[]): void {
	const n = heap.length;
	for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i);
}
