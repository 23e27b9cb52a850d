/*
 * range.ts
 * range (len, indexing, slicing, fast membership, index/count, equality, hash, reversed) and
 * slice (start/stop/step, indices(), repr, comparisons).
 */

import { PyValue, None, NotImplemented, True, False, pyBool, PyBool, typeOf } from '../objects/object';
import { typeError, valueError, indexError, overflowError } from '../objects/exceptions';
import { PyRange, PySlice, rangeType, sliceType, newTuple, PyTuple } from '../objects/containers';
import { toIndex, richEq, typeName, repr, CmpOp, hashValue, richCompare, isTrue } from '../objects/protocol';
import * as I from '../lib/intOps';
import { asInt } from '../objects/numeric';
import { method, setNew, noKw, checkPositional, getset, exactlyOne, noArgs } from './util';
import { sliceBounds } from './seqUtil';
import { PyRangeIter, PyLongRangeIter } from './iterators';
import { tupleHash } from './tuple';

rangeType.extra = { final: true };
sliceType.extra = { final: true };

const R = (v: PyValue): PyRange => v as PyRange;

/** Number of elements of range(start, stop, step) as a PyInt. */
export function rangeLength(r: PyRange): I.PyInt {
	const { start, stop, step } = r;
	if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
		if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
		return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
	}
	const a = I.toBig(start);
	const b = I.toBig(stop);
	const s = I.toBig(step);
	if (s > 0n) return I.normalize(a < b ? (b - a - 1n) / s + 1n : 0n);
	return I.normalize(a > b ? (a - b - 1n) / -s + 1n : 0n);
}

function smallLength(r: PyRange): number {
	const n = rangeLength(r);
	if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
	return n;
}

/** r[i] for 0 <= i < len. */
function rangeItem(r: PyRange, i: I.PyInt): I.PyInt {
	return I.add(r.start, I.mul(r.step, i));
}

function indexArg(v: PyValue): I.PyInt {
	return toIndex(v);
}

setNew(rangeType, (args, kwargs) => {
	noKw('range', kwargs);
	if (args.length === 1 && rt.minor <= 8) throw typeError(`range expected 1 argument${rt.minor <= 7 ? 's' : ''}, got 0`);
	checkPositional('range', args, 1, 3, 1);
	if (args.length === 2) return new PyRange(0, indexArg(args[1]), 1);
	const start = indexArg(args[1]);
	const stop = indexArg(args[2]);
	const step = args.length > 3 ? indexArg(args[3]) : 1;
	if (I.sign(step) === 0) throw valueError('range() arg 3 must not be zero');
	return new PyRange(start, stop, step);
});

method(rangeType, '__repr__', (args) => {
	const r = R(args[0]);
	const s = I.intToString;
	return I.compare(r.step, 1) === 0 ? `range(${s(r.start)}, ${s(r.stop)})` : `range(${s(r.start)}, ${s(r.stop)}, ${s(r.step)})`;
});
method(rangeType, '__len__', (args) => smallLength(R(args[0])));
method(rangeType, '__bool__', (args) => pyBool(I.sign(rangeLength(R(args[0]))) !== 0));

export function rangeIter(r: PyRange, reverse = false): PyValue {
	const n = rangeLength(r);
	if (typeof n === 'number' && typeof r.start === 'number' && typeof r.step === 'number') {
		const last = r.start + (n - 1) * r.step;
		if (Number.isSafeInteger(last) && Number.isSafeInteger(last + r.step) && Number.isSafeInteger(r.start - r.step)) {
			return reverse ? new PyRangeIter(n ? last : 0, -r.step, n) : new PyRangeIter(r.start, r.step, n);
		}
	}
	const nb = I.toBig(n);
	const st = I.toBig(r.step);
	if (reverse) return new PyLongRangeIter(I.toBig(r.start) + (nb - 1n) * st, -st, nb);
	return new PyLongRangeIter(I.toBig(r.start), st, nb);
}
method(rangeType, '__iter__', (args) => rangeIter(R(args[0])));
method(rangeType, '__reversed__', (args) => rangeIter(R(args[0]), true));

/** Fast membership for ints. */
export function rangeContainsInt(r: PyRange, x: I.PyInt): boolean {
	const { start, stop, step } = r;
	if (I.sign(step) > 0) {
		if (I.compare(x, start) < 0 || I.compare(x, stop) >= 0) return false;
	} else if (I.compare(x, start) > 0 || I.compare(x, stop) <= 0) return false;
	return I.sign(I.mod(I.sub(x, start), step)) === 0;
}

method(rangeType, '__contains__', (args) => {
	const r = R(args[0]);
	const x = args[1];
	const xi = typeof x === 'number' || typeof x === 'bigint' || x instanceof PyBool ? asInt(x)! : undefined;
	if (xi !== undefined) return pyBool(rangeContainsInt(r, xi));
	const n = smallLength(r);
	for (let i = 0; i < n; i++) if (richEq(rangeItem(r, i), x)) return True;
	return False;
});

method(rangeType, '__getitem__', (args) => {
	const r = R(args[0]);
	const key = args[1];
	if (key instanceof PySlice) {
		const n = smallLength(r);
		const [start, stop, step] = sliceBounds(key, n);
		void n;
		return new PyRange(rangeItem(r, start), rangeItem(r, stop), I.mul(r.step, step));
	}
	const ki = asInt(key) ?? (typeof key === 'object' && key.cls.lookup('__index__') ? toIndex(key) : undefined);
	if (ki === undefined) throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
	const n = rangeLength(r);
	let i = ki;
	if (I.sign(i) < 0) i = I.add(i, n);
	if (I.sign(i) < 0 || I.compare(i, n) >= 0) throw indexError('range object index out of range');
	return rangeItem(r, i);
});

method(rangeType, 'index', (args, kwargs) => {
	exactlyOne('range.index', args, kwargs, 1);
	const r = R(args[0]);
	const x = args[1];
	const xi = typeof x === 'number' || typeof x === 'bigint' || x instanceof PyBool ? asInt(x)! : undefined;
	if (xi !== undefined) {
		if (rangeContainsInt(r, xi)) return I.floorDiv(I.sub(xi, r.start), r.step);
		throw valueError(`${I.intToString(xi)} is not in range`);
	}
	const n = smallLength(r);
	for (let i = 0; i < n; i++) if (richEq(rangeItem(r, i), x)) return i;
	throw valueError('sequence.index(x): x not in sequence');
});
method(rangeType, 'count', (args, kwargs) => {
	exactlyOne('range.count', args, kwargs, 1);
	const r = R(args[0]);
	const x = args[1];
	const xi = typeof x === 'number' || typeof x === 'bigint' || x instanceof PyBool ? asInt(x)! : undefined;
	if (xi !== undefined) return rangeContainsInt(r, xi) ? 1 : 0;
	const n = smallLength(r);
	let c = 0;
	for (let i = 0; i < n; i++) if (richEq(rangeItem(r, i), x)) c++;
	return c;
});

function rangeEq(a: PyRange, b: PyRange): boolean {
	if (a === b) return true;
	const la = rangeLength(a);
	if (I.compare(la, rangeLength(b)) !== 0) return false;
	if (I.sign(la) === 0) return true;
	if (I.compare(a.start, b.start) !== 0) return false;
	if (I.compare(la, 1) === 0) return true;
	return I.compare(a.step, b.step) === 0;
}
method(rangeType, '__eq__', (args) => {
	const o = args[1];
	if (!(o instanceof PyRange)) return NotImplemented;
	return pyBool(rangeEq(R(args[0]), o));
});
method(rangeType, '__ne__', (args) => {
	const o = args[1];
	if (!(o instanceof PyRange)) return NotImplemented;
	return pyBool(!rangeEq(R(args[0]), o));
});
method(rangeType, '__hash__', (args) => {
	const r = R(args[0]);
	const n = rangeLength(r);
	if (I.sign(n) === 0) return tupleHash(newTuple([0, None, None]));
	if (I.compare(n, 1) === 0) return tupleHash(newTuple([1, r.start, None]));
	return tupleHash(newTuple([n, r.start, r.step]));
});
getset(rangeType, 'start', (self) => R(self).start);
getset(rangeType, 'stop', (self) => R(self).stop);
getset(rangeType, 'step', (self) => R(self).step);

// ---------------------------------------------------------------------------------------------
// slice

const SL = (v: PyValue): PySlice => v as PySlice;

setNew(sliceType, (args, kwargs) => {
	noKw('slice', kwargs);
	checkPositional('slice', args, 1, 3, 1);
	if (args.length === 2) return new PySlice(None, args[1], None);
	return new PySlice(args[1], args[2], args.length > 3 ? args[3] : None);
});
method(sliceType, '__repr__', (args) => {
	const s = SL(args[0]);
	return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
});
getset(sliceType, 'start', (self) => SL(self).start);
getset(sliceType, 'stop', (self) => SL(self).stop);
getset(sliceType, 'step', (self) => SL(self).step);
method(sliceType, 'indices', (args, kwargs) => {
	exactlyOne('slice.indices', args, kwargs, 1);
	const n = toIndex(args[1]);
	if (I.sign(n) < 0) throw valueError('length should not be negative');
	const [start, stop, step] = sliceBounds(SL(args[0]), typeof n === 'number' ? n : Number.MAX_SAFE_INTEGER);
	return newTuple([start, stop, step]);
});
const sliceTuple = (s: PySlice): PyTuple => newTuple([s.start, s.stop, s.step]);
const sliceCmp = (op: CmpOp) => (args: PyValue[]): PyValue => {
	const o = args[1];
	if (!(o instanceof PySlice)) return NotImplemented;
	return richCompare(sliceTuple(SL(args[0])), sliceTuple(o), op);
};
method(sliceType, '__eq__', sliceCmp(CmpOp.Eq));
method(sliceType, '__ne__', sliceCmp(CmpOp.Ne));
method(sliceType, '__lt__', sliceCmp(CmpOp.Lt));
method(sliceType, '__le__', sliceCmp(CmpOp.Le));
method(sliceType, '__gt__', sliceCmp(CmpOp.Gt));
method(sliceType, '__ge__', sliceCmp(CmpOp.Ge));
method(sliceType, '__hash__', (args) => {
	if (rt12()) return tupleHash(sliceTuple(SL(args[0])));
	throw typeError(`unhashable type: 'slice'`);
});
import { rt } from '../objects/runtimeState';
function rt12(): boolean {
	return rt.minor >= 12;
}

export { hashValue, isTrue, typeOf, noArgs };
