/*
 * list.ts
 * The list type: construction, indexing with slices (including extended slice assignment),
 * concatenation/repetition, comparisons, and the public methods (append ... sort).
 */

import { classGetItem } from './type';
import { PyValue, Kwargs, None, NotImplemented, PyType, True, False, pyBool, typeOf, PyObject, PyFloat, floatType } from '../objects/object';
import { typeError, valueError, indexError } from '../objects/exceptions';
import { PyList, PySlice, listType } from '../objects/containers';
import {
	toArray,
	richEq,
	richCompare,
	CmpOp,
	isTrue,
	call,
	typeName,
	newInstanceDict,
	getIter,
	iterNext,
} from '../objects/protocol';
import { method, setNew, exactlyOne, noArgs, checkPositional, noKw, bindArgs, posOnly, classMethod } from './util';
import {
	sliceBounds,
	sliceItems,
	indexKey,
	HugeIndex,
	checkIndex,
	seqCompare,
	seqRepr,
	repeatCount,
	cantMultiply,
	repeatItems,
	clampRange,
	seqMulFallback,
	seqRmulMethods,
} from './seqUtil';
import { listIter, PyListRevIter } from './iterators';
import { repr } from '../objects/protocol';
import { rt } from '../objects/runtimeState';

const L = (v: PyValue): PyList => v as PyList;

export function newList(items: PyValue[]): PyList {
	return new PyList(items);
}

function isList(v: PyValue): v is PyList {
	return v instanceof PyList;
}

setNew(listType, (args) => {
	const cls = args[0] as PyType;
	const l = new PyList([], cls);
	if (cls.hasInstanceDict) l.dict = newInstanceDict();
	return l;
});

/**
 * The allocated length of lists made at a known size (list(iterable), [x] * n), for
 * sys.getsizeof (modules/sizeOf.ts): with the length they had then. Other lists are taken to
 * have grown by appends from empty, as comprehensions do.
 */
export const listAllocations = new WeakMap<PyList, { allocated: number; length: number }>();

/** list_resize's new allocation for `newsize` items, `size` being the current length. */
export function listResize(allocated: number, newsize: number, size: number): number {
	if (allocated >= newsize && newsize >= allocated >> 1) return allocated;
	if (newsize === 0) return 0;
	if (rt.minor < 9) return newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
	let grown = (newsize + (newsize >> 3) + 6) & ~3;
	if (newsize - size > grown - newsize) grown = (newsize + 3) & ~3;
	return grown;
}

/**
 * What list(iterable) allocates for `n` items (list___init__/list_extend): a length hint
 * (`hinted`: the source has __len__ or __length_hint__) presizes it exactly (rounded up to
 * even from 3.10; through list_resize in 3.7), otherwise 8 slots are presized; it then grows
 * by appends and is cut back to its length at the end.
 */
function listInitAllocation(n: number, hinted: boolean, byExtend: boolean): number {
	const hint = hinted ? n : 8;
	let allocated: number;
	if (rt.minor >= 10) allocated = hint > 0 ? (hint + 1) & ~1 : 0;
	else if (!byExtend && (rt.minor === 9 || (rt.minor === 8 && hinted))) allocated = hint;
	else allocated = listResize(0, hint, 0);
	for (let size = allocated + 1; size <= n; size++) allocated = listResize(allocated, size, size - 1);
	return listResize(allocated, n, n);
}

/**
 * Records the allocation of a list just filled from `src`: by list() (list___init__), or by
 * list_extend on a new empty list (`byExtend`: sorted(), PySequence_List).
 */
export function recordListFrom(list: PyList, src: PyValue, byExtend: boolean): void {
	const srcType = typeOf(src);
	const hinted = srcType.lookup('__len__') !== undefined || srcType.lookup('__length_hint__') !== undefined;
	const n = list.items.length;
	listAllocations.set(list, { allocated: listInitAllocation(n, hinted, byExtend), length: n });
}

method(listType, '__init__', (args, kwargs) => {
	const self = L(args[0]);
	if (kwargs !== null && kwargs.size > 0 && self.cls === listType) throw typeError('list() takes no keyword arguments');
	checkPositional('list', args, 0, 1, 1);
	self.items.length = 0;
	if (args.length > 1) {
		const src = args[1];
		const items = toArray(src);
		for (let i = 0; i < items.length; i++) self.items.push(items[i]);
		recordListFrom(self, src, false);
	}
	return None;
});

method(listType, '__repr__', (args) => {
	const self = L(args[0]);
	return seqRepr(self, self.items, '[', ']', '[...]');
});
listType.ns.set('__hash__', None);
method(listType, '__len__', (args) => L(args[0]).items.length);
method(listType, '__bool__', (args) => pyBool(L(args[0]).items.length > 0));
method(listType, '__iter__', (args) => listIter(L(args[0])));
method(listType, '__reversed__', (args) => new PyListRevIter(L(args[0])));
method(listType, '__contains__', (args) => {
	const items = L(args[0]).items;
	const x = args[1];
	for (let i = 0; i < items.length; i++) {
		const y = items[i];
		if (y === x || richEq(y, x)) return True;
	}
	return False;
});

export function listGetItem(self: PyList, key: PyValue): PyValue {
	if (typeof key === 'number') {
		const items = self.items;
		const i = key < 0 ? key + items.length : key;
		if (i < 0 || i >= items.length) throw indexError('list index out of range');
		return items[i];
	}
	if (key instanceof PySlice) return new PyList(sliceItems(self.items, key));
	const i = indexKey(key);
	if (i === null) throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
	return self.items[checkIndex(i, self.items.length, 'list index out of range')];
}
method(listType, '__getitem__', (args) => listGetItem(L(args[0]), args[1]));
classMethod(listType, '__class_getitem__', (args) => classGetItem(args[0], args[1]));

/** list[key] = value, with CPython's slice-assignment rules. */
export function listSetItem(self: PyList, key: PyValue, value: PyValue): void {
	const items = self.items;
	if (typeof key === 'number') {
		const i = key < 0 ? key + items.length : key;
		if (i < 0 || i >= items.length) throw indexError('list assignment index out of range');
		items[i] = value;
		return;
	}
	if (key instanceof PySlice) {
		const [start, stop, step, n] = sliceBounds(key, items.length);
		let seq: PyValue[];
		if (value === self) seq = items.slice();
		else {
			try {
				seq = toArray(value);
			} catch (e) {
				if (typeOf(value).lookup('__iter__') === undefined && typeOf(value).lookup('__getitem__') === undefined && typeof value !== 'string')
					throw typeError(step === 1 && rt.minor < 13 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
				throw e;
			}
		}
		if (step === 1) {
			const hi = Math.max(start, stop);
			items.splice(start, hi - start, ...seq);
			return;
		}
		if (seq.length !== n)
			throw valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
		for (let i = 0, j = start; i < n; i++, j += step) items[j] = seq[i]!;
		return;
	}
	const i = indexKey(key);
	if (i === null) throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
	items[checkIndex(i, items.length, 'list assignment index out of range')] = value;
}
method(listType, '__setitem__', (args) => {
	listSetItem(L(args[0]), args[1], args[2]);
	return None;
});

export function listDelItem(self: PyList, key: PyValue): void {
	const items = self.items;
	if (key instanceof PySlice) {
		const [start, stop, step, n] = sliceBounds(key, items.length);
		if (n === 0) return;
		if (step === 1) {
			items.splice(start, stop - start);
			return;
		}
		const drop = new Set<number>();
		for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
		let w = 0;
		for (let r = 0; r < items.length; r++) if (!drop.has(r)) items[w++] = items[r]!;
		items.length = w;
		return;
	}
	const i = indexKey(key);
	if (i === null) throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
	items.splice(checkIndex(i, items.length, 'list assignment index out of range'), 1);
}
method(listType, '__delitem__', (args) => {
	listDelItem(L(args[0]), args[1]);
	return None;
});

method(listType, '__add__', (args) => {
	const o = args[1];
	if (!isList(o)) return NotImplemented;
	return new PyList(L(args[0]).items.concat(o.items));
});
method(listType, '__iadd__', (args) => {
	const self = L(args[0]);
	const src = args[1];
	const extra = src === self ? self.items.slice() : toArray(src);
	for (let i = 0; i < extra.length; i++) self.items.push(extra[i]);
	return self;
});
method(listType, '__mul__', (args) => {
	const n = repeatCount(args[1]);
	if (n === null) return seqMulFallback(args[0], args[1]);
	const result = new PyList(repeatItems(L(args[0]).items, n));
	listAllocations.set(result, { allocated: result.items.length, length: result.items.length });
	return result;
});
seqRmulMethods.add(
	method(listType, '__rmul__', (args) => {
		const n = repeatCount(args[1]);
		if (n === null) cantMultiply(args[1]);
		const result = new PyList(repeatItems(L(args[0]).items, n));
		listAllocations.set(result, { allocated: result.items.length, length: result.items.length });
		return result;
	})
);
method(listType, '__imul__', (args) => {
	const self = L(args[0]);
	const n = repeatCount(args[1]);
	if (n === null) cantMultiply(args[1]);
	const r = repeatItems(self.items, n);
	self.items.length = 0;
	for (let i = 0; i < r.length; i++) self.items.push(r[i]);
	return self;
});

const CMP_NAMES: [string, CmpOp][] = [
	['__lt__', CmpOp.Lt],
	['__le__', CmpOp.Le],
	['__eq__', CmpOp.Eq],
	['__ne__', CmpOp.Ne],
	['__gt__', CmpOp.Gt],
	['__ge__', CmpOp.Ge],
];
for (const [name, op] of CMP_NAMES) {
	method(listType, name, (args) => {
		const o = args[1];
		if (!isList(o)) return NotImplemented;
		return seqCompare(L(args[0]).items, o.items, op);
	});
}

// ---------------------------------------------------------------------------------------------
// Public methods.

method(listType, 'append', (args, kwargs) => {
	if (args.length !== 2 || kwargs !== null) {
		noKw('list.append', kwargs);
		exactlyOne('list.append', args, kwargs, 1);
	}
	L(args[0]).items.push(args[1]);
	return None;
});
method(listType, 'extend', (args, kwargs) => {
	exactlyOne('list.extend', args, kwargs, 1);
	const self = L(args[0]);
	const src = args[1];
	const extra = src === self ? self.items.slice() : toArray(src);
	for (let i = 0; i < extra.length; i++) self.items.push(extra[i]);
	return None;
});
method(listType, 'insert', (args, kwargs) => {
	posOnly('insert', args, kwargs, 2, 2, 1);
	const items = L(args[0]).items;
	let i = indexKey(args[1], HugeIndex.Argument);
	if (i === null) throw typeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`);
	const n = items.length;
	if (i < 0) i = Math.max(0, i + n);
	else if (i > n) i = n;
	if (i === n) items.push(args[2]);
	else items.splice(i, 0, args[2]);
	return None;
});
method(listType, 'remove', (args, kwargs) => {
	exactlyOne('list.remove', args, kwargs, 1);
	const items = L(args[0]).items;
	const x = args[1];
	for (let i = 0; i < items.length; i++) {
		const y = items[i];
		if (y === x || richEq(y, x)) {
			items.splice(i, 1);
			return None;
		}
	}
	throw valueError('list.remove(x): x not in list');
});
method(listType, 'pop', (args, kwargs) => {
	const items = L(args[0]).items;
	if (args.length === 1 && kwargs === null) {
		if (items.length === 0) throw indexError('pop from empty list');
		return items.pop()!;
	}
	posOnly('pop', args, kwargs, 0, 1, 1);
	let i = indexKey(args[1], HugeIndex.Argument);
	if (i === null) throw typeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`);
	if (items.length === 0) throw indexError('pop from empty list');
	if (i < 0) i += items.length;
	if (i < 0 || i >= items.length) throw indexError('pop index out of range');
	if (i === items.length - 1) return items.pop()!;
	return items.splice(i, 1)[0];
});
method(listType, 'clear', (args, kwargs) => {
	noArgs('list.clear', args, kwargs);
	L(args[0]).items.length = 0;
	return None;
});
method(listType, 'copy', (args, kwargs) => {
	noArgs('list.copy', args, kwargs);
	return new PyList(L(args[0]).items.slice());
});
method(listType, 'index', (args, kwargs) => {
	posOnly('index', args, kwargs, 1, 3, 1);
	const items = L(args[0]).items;
	const x = args[1];
	const [s, e] = clampRange(args[2], args[3], items.length);
	for (let i = s; i < e && i < items.length; i++) {
		const y = items[i];
		if (y === x || richEq(y, x)) return i;
	}
	void e;
	void s;
	throw valueError(`${repr(x)} is not in list`);
});
method(listType, 'count', (args, kwargs) => {
	exactlyOne('list.count', args, kwargs, 1);
	const items = L(args[0]).items;
	const x = args[1];
	let n = 0;
	for (let i = 0; i < items.length; i++) {
		const y = items[i];
		if (y === x || richEq(y, x)) n++;
	}
	return n;
});
method(listType, 'reverse', (args, kwargs) => {
	noArgs('list.reverse', args, kwargs);
	L(args[0]).items.reverse();
	return None;
});

/** a < b as JS boolean, using the fast path for numbers/strings. */
function lt(a: PyValue, b: PyValue): boolean {
	if (typeof a === 'number' && typeof b === 'number') return a < b;
	if (typeof a === 'string' && typeof b === 'string') return a < b;
	return isTrue(richCompare(a, b, CmpOp.Lt));
}

function cmpValues(a: PyValue, b: PyValue): number {
	if (lt(a, b)) return -1;
	if (lt(b, a)) return 1;
	return 0;
}

/** Stable sort of `items` in place (CPython list.sort semantics: only `<` is used). */
export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): void {
	if (reverse) items.reverse();
	if (key === None) {
		let allNum = true;
		let allStr = true;
		let allReal = true;
		for (let i = 0; i < items.length; i++) {
			const x = items[i];
			const t = typeof x;
			if (t !== 'number') {
				allNum = false;
				if (!(x instanceof PyFloat && x.cls === floatType && !Number.isNaN(x.value))) allReal = false;
			}
			if (t !== 'string') allStr = false;
		}
		if (allNum) (items as number[]).sort((a, b) => a - b);
		else if (allReal) {
			const v = (x: PyValue): number => (typeof x === 'number' ? x : (x as PyFloat).value);
			items.sort((a, b) => v(a) - v(b));
		}
		else if (allStr) (items as string[]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		else items.sort(cmpValues);
	} else {
		const keyed = new Array<{ k: PyValue; v: PyValue }>(items.length);
		let allNum = true;
		let allStr = true;
		for (let i = 0; i < items.length; i++) {
			const k = call(key, [items[i]]);
			const t = typeof k;
			if (t !== 'number') allNum = false;
			if (t !== 'string') allStr = false;
			keyed[i] = { k, v: items[i] };
		}
		if (allNum) keyed.sort((x, y) => (x.k as number) - (y.k as number));
		else if (allStr) keyed.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
		else keyed.sort((x, y) => cmpValues(x.k, y.k));
		for (let i = 0; i < items.length; i++) items[i] = keyed[i].v;
	}
	if (reverse) items.reverse();
}

method(listType, 'sort', (args, kwargs) => {
	const [key, reverse] = bindArgs({ name: 'sort', params: ['key', 'reverse'], kwOnlyFrom: 0 }, args, kwargs, 1);
	const self = L(args[0]);
	const items = self.items;
	self.items = [];
	let modified: boolean;
	try {
		sortItems(items, key === undefined ? None : key, reverse === undefined ? false : isTrue(reverse));
	} finally {
		modified = self.items.length > 0;
		self.items = items;
	}
	// Like CPython, only when the sort itself succeeded: an exception from a key or __lt__ wins.
	if (modified) throw valueError('list modified during sort');
	return None;
});
method(listType, '__sizeof__', (args) => 40 + 8 * L(args[0]).items.length);

export { listType, PyList, PyObject, getIter, iterNext };
export type { Kwargs };
