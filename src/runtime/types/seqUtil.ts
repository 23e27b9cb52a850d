/*
 * seqUtil.ts
 * Shared sequence machinery: slice unpacking/adjustment (PySlice_Unpack + AdjustIndices),
 * index normalisation, lexicographic comparison and the sequence repr.
 */

import { LIMITS } from '../objects/runtimeState';
import { newException as newExceptionForLimit, MemoryError as MemoryErrorForLimit, OverflowError } from '../objects/exceptions';
import { PyValue, None, NotImplemented, pyBool, PyObject } from '../objects/object';
import { typeError, valueError, indexError } from '../objects/exceptions';
import { PySlice } from '../objects/containers';
import { toIndex, richEq, richCompare, CmpOp, repr, reprGuard, typeName, callSpecial, callMethodValue } from '../objects/protocol';
import { typeOf } from '../objects/object';
import { asInt } from '../objects/numeric';

const MAXI = Number.MAX_SAFE_INTEGER;

function sliceValue(v: PyValue): number {
	let i = asInt(v);
	if (i === undefined) {
		if (typeof v !== 'object' || v.cls.lookup('__index__') === undefined)
			throw typeError('slice indices must be integers or None or have an __index__ method');
		i = toIndex(v);
	}
	if (typeof i === 'number') return i;
	return i > 0n ? MAXI : -MAXI;
}

/** Unpacks a slice against a sequence length: [start, stop, step, slicelength]. */
export function sliceBounds(s: PySlice, length: number): [number, number, number, number] {
	let step = 1;
	if (s.step !== None) {
		step = sliceValue(s.step);
		if (step === 0) throw valueError('slice step cannot be zero');
	}
	let start: number;
	let stop: number;
	if (s.start === None) start = step < 0 ? MAXI : 0;
	else start = sliceValue(s.start);
	if (s.stop === None) stop = step < 0 ? -MAXI : MAXI;
	else stop = sliceValue(s.stop);
	if (start < 0) {
		start += length;
		if (start < 0) start = step < 0 ? -1 : 0;
	} else if (start >= length) start = step < 0 ? length - 1 : length;
	if (stop < 0) {
		stop += length;
		if (stop < 0) stop = step < 0 ? -1 : 0;
	} else if (stop >= length) stop = step < 0 ? length - 1 : length;
	let n = 0;
	if (step < 0) {
		if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
	} else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
	return [start, stop, step, n];
}

/** Items of `items` selected by a slice. */
export function sliceItems(items: PyValue[], s: PySlice): PyValue[] {
	const [start, stop, step, n] = sliceBounds(s, items.length);
	if (step === 1) return items.slice(start, Math.max(start, stop));
	const out = new Array<PyValue>(n);
	for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j]!;
	return out;
}

/** Converts an index key to a JS number; returns null for non-index keys. */
export function indexKey(key: PyValue, huge: HugeIndex = HugeIndex.Subscript): number | null {
	if (typeof key === 'number') return key;
	const i = asInt(key);
	if (i !== undefined) return typeof i === 'number' ? i : bigIndex(i, huge);
	if (typeof key === 'object' && !(key instanceof PySlice) && key.cls.lookup('__index__') !== undefined) {
		const r = toIndex(key);
		return typeof r === 'number' ? r : bigIndex(r, huge);
	}
	return null;
}

/** What an index beyond Py_ssize_t raises: IndexError for `seq[i]`, OverflowError for arguments. */
export const enum HugeIndex {
	Subscript,
	Argument,
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** A bigint index (beyond 2**53): out of range when it fits a C Py_ssize_t, else CPython's error. */
function bigIndex(i: bigint, huge: HugeIndex): number {
	if (i > SSIZE_MAX || i < -SSIZE_MAX - 1n) {
		if (huge === HugeIndex.Subscript) throw indexError("cannot fit 'int' into an index-sized integer");
		throw newExceptionForLimit(OverflowError, 'Python int too large to convert to C ssize_t');
	}
	return i > 0n ? MAXI : -MAXI;
}

/** Normalises a possibly negative index; throws IndexError(msg) when out of range. */
export function checkIndex(i: number, length: number, msg: string): number {
	if (i < 0) i += length;
	if (i < 0 || i >= length) throw indexError(msg);
	return i;
}

/** Lexicographic rich comparison of two item arrays (list/tuple). */
export function seqCompare(a: PyValue[], b: PyValue[], op: CmpOp): PyValue {
	const la = a.length;
	const lb = b.length;
	if ((op === CmpOp.Eq || op === CmpOp.Ne) && la !== lb) return pyBool(op === CmpOp.Ne);
	let i = 0;
	for (; i < la && i < lb; i++) {
		const x = a[i];
		const y = b[i];
		if (x === y) continue;
		if (!richEq(x, y)) break;
	}
	if (i >= la || i >= lb) {
		switch (op) {
			case CmpOp.Lt:
				return pyBool(la < lb);
			case CmpOp.Le:
				return pyBool(la <= lb);
			case CmpOp.Eq:
				return pyBool(la === lb);
			case CmpOp.Ne:
				return pyBool(la !== lb);
			case CmpOp.Gt:
				return pyBool(la > lb);
			case CmpOp.Ge:
				return pyBool(la >= lb);
		}
	}
	if (op === CmpOp.Eq) return pyBool(false);
	if (op === CmpOp.Ne) return pyBool(true);
	return richCompare(a[i], b[i], op);
}

/** Joined reprs with a recursion guard: `[1, 2]`, `(1,)`. */
export function seqRepr(obj: PyObject, items: PyValue[], open: string, close: string, recursive: string): string {
	return reprGuard(obj, recursive, () => {
		if (items.length === 0) return open + close;
		let out = open;
		for (let i = 0; i < items.length; i++) {
			if (i) out += ', ';
			out += repr(items[i]);
		}
		if (items.length === 1 && open === '(') out += ',';
		return out + close;
	});
}

/** `n` for sequence repetition: int/__index__ or the "can't multiply sequence" TypeError. */
export function repeatCount(v: PyValue): number | null {
	const i = asInt(v);
	if (i !== undefined) {
		if (typeof i === 'bigint') {
			if (i < 0n) return 0;
			return MAXI;
		}
		return i;
	}
	if (typeof v === 'object' && v.cls.lookup('__index__') !== undefined) {
		const r = toIndex(v);
		return typeof r === 'number' ? r : r > 0n ? MAXI : 0;
	}
	return null;
}

export function cantMultiply(v: PyValue): never {
	throw typeError(`can't multiply sequence by non-int of type '${typeName(v)}'`);
}

/** Repeats an item array n times (MemoryError-like guard for absurd sizes). */
export function repeatItems(items: PyValue[], n: number): PyValue[] {
	if (n <= 0 || items.length === 0) return [];
	if (items.length * n > LIMITS.maxItems) throw newExceptionForLimit(MemoryErrorForLimit);
	if (items.length === 1) return new Array<PyValue>(n).fill(items[0]);
	const out = new Array<PyValue>(items.length * n);
	for (let k = 0, p = 0; k < n; k++) for (let i = 0; i < items.length; i++) out[p++] = items[i]!;
	return out;
}

/** Index bounds of list.index/tuple.index/str.index (start, stop with clamping as slices do). */
export function clampRange(start: PyValue | undefined, stop: PyValue | undefined, length: number): [number, number] {
	let s = start === undefined || start === None ? 0 : sliceValue(start);
	let e = stop === undefined || stop === None ? length : sliceValue(stop);
	if (s < 0) s = Math.max(0, s + length);
	if (e < 0) e = Math.max(0, e + length);
	if (e > length) e = length;
	return [s, e];
}

/** __rmul__ methods of the builtin sequences (never tried as the fallback of a sequence's __mul__). */
export const seqRmulMethods = new Set<PyValue>();

/**
 * seq * other where other is not an int: CPython tries other's nb_multiply (its __rmul__) before
 * giving up with "can't multiply sequence by non-int".
 */
export function seqMulFallback(self: PyValue, other: PyValue): PyValue {
	const rm = typeOf(other).lookup('__rmul__');
	if (rm !== undefined && !seqRmulMethods.has(rm)) {
		const r = callMethodValue(rm, other, [self]);
		if (r !== NotImplemented) return r;
	}
	cantMultiply(other);
}

export { NotImplemented, callSpecial };
