/*
 * tuple.ts
 * The tuple type: construction, CPython's tuple hash (xxHash-based, 3.8+), indexing and slicing,
 * concatenation/repetition, comparisons, count and index.
 */

import { classGetItem } from './type';
import { PyValue, None, NotImplemented, PyType, True, False, pyBool, PyBool, PyFloat, PyObject } from '../objects/object';
import { typeError, valueError, indexError } from '../objects/exceptions';
import { PyTuple, PySlice, tupleType, newTuple, EMPTY_TUPLE } from '../objects/containers';
import { toArray, richEq, CmpOp, typeName, newInstanceDict, callMethodValue, objectId, lookupHashMode } from '../objects/protocol';
import * as I from '../lib/intOps';
import { method, setNew, exactlyOne, checkPositional, posOnly, bindArgs, classMethod } from './util';
import { sliceItems, indexKey, checkIndex, seqCompare, seqRepr, repeatCount, repeatItems, clampRange, seqMulFallback, seqRmulMethods, cantMultiply } from './seqUtil';
import { PyTupleIter } from './iterators';
import { strHash } from './strHash';
import { rt } from '../objects/runtimeState';

const T = (v: PyValue): PyTuple => v as PyTuple;

setNew(tupleType, (args, kwargs) => {
	const cls = args[0] as PyType;
	if (cls === tupleType && kwargs !== null && kwargs.size > 0) throw typeError('tuple() takes no keyword arguments');
	checkPositional('tuple', args, 0, 1, 1);
	if (cls === tupleType) {
		if (args.length === 1) return EMPTY_TUPLE;
		const src = args[1];
		if (src instanceof PyTuple && src.cls === tupleType) return src;
		return newTuple(toArray(src));
	}
	const t = new PyTuple(args.length > 1 ? toArray(args[1]) : [], cls);
	if (cls.hasInstanceDict) t.dict = newInstanceDict();
	return t;
});

method(tupleType, '__repr__', (args) => {
	const self = T(args[0]);
	return seqRepr(self, self.items, '(', ')', '(...)');
});
method(tupleType, '__len__', (args) => T(args[0]).items.length);
method(tupleType, '__iter__', (args) => new PyTupleIter(T(args[0]).items));
method(tupleType, '__contains__', (args) => {
	const items = T(args[0]).items;
	const x = args[1];
	for (let i = 0; i < items.length; i++) {
		const y = items[i];
		if (y === x || richEq(y, x)) return True;
	}
	return False;
});
method(tupleType, '__getitem__', (args) => {
	const self = T(args[0]);
	const key = args[1];
	const items = self.items;
	if (typeof key === 'number') {
		const i = key < 0 ? key + items.length : key;
		if (i < 0 || i >= items.length) throw indexError('tuple index out of range');
		return items[i];
	}
	if (key instanceof PySlice) return newTuple(sliceItems(items, key));
	const i = indexKey(key);
	if (i === null) throw typeError(`tuple indices must be integers or slices, not ${typeName(key)}`);
	return items[checkIndex(i, items.length, 'tuple index out of range')];
});
classMethod(tupleType, '__class_getitem__', (args) => classGetItem(args[0], args[1]));
method(tupleType, '__add__', (args) => {
	const o = args[1];
	if (!(o instanceof PyTuple)) return NotImplemented;
	return newTuple(T(args[0]).items.concat(o.items));
});
method(tupleType, '__mul__', (args) => {
	const n = repeatCount(args[1]);
	if (n === null) return seqMulFallback(args[0], args[1]);
	const self = T(args[0]);
	if (n === 1 && self.cls === tupleType) return self;
	return newTuple(repeatItems(self.items, n));
});
seqRmulMethods.add(
	method(tupleType, '__rmul__', (args) => {
		const n = repeatCount(args[1]);
		if (n === null) cantMultiply(args[1]);
		return newTuple(repeatItems(T(args[0]).items, n));
	})
);
method(tupleType, '__getnewargs__', (args) => newTuple([newTuple(T(args[0]).items.slice())]));

const CMP: [string, CmpOp][] = [
	['__lt__', CmpOp.Lt],
	['__le__', CmpOp.Le],
	['__eq__', CmpOp.Eq],
	['__ne__', CmpOp.Ne],
	['__gt__', CmpOp.Gt],
	['__ge__', CmpOp.Ge],
];
for (const [name, op] of CMP) {
	method(tupleType, name, (args) => {
		const o = args[1];
		if (!(o instanceof PyTuple)) return NotImplemented;
		return seqCompare(T(args[0]).items, o.items, op);
	});
}

// ---------------------------------------------------------------------------------------------
// Hash (CPython 3.8+ tuplehash, 64-bit).

const P1 = 11400714785074694791n;
const P2 = 14029467366897019727n;
const P5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;

/** hash(v) exactly as CPython computes it (for sets' probing and the hash() builtin). */
export function pyHashValue(v: PyValue): I.PyInt {
	switch (typeof v) {
		case 'number':
		case 'bigint':
			return I.hashInt(v);
		case 'string':
			return strHash(v);
	}
	if (v instanceof PyBool) return v.value;
	if (v instanceof PyFloat) {
		if (Number.isNaN(v.value)) return rt.minor >= 10 ? Math.floor(objectId(v) / 16) : 0;
		return I.hashFloat(v.value);
	}
	if (v instanceof PyTuple && v.cls === tupleType) return tupleHash(v) as I.PyInt;
	return I.normalize(exactHash(v));
}

/** The exact Python hash of a value as a bigint (for combining into tuple hashes). */
export function exactHash(v: PyValue): bigint {
	switch (typeof v) {
		case 'number':
		case 'bigint':
			return BigInt(I.hashInt(v));
		case 'string':
			return BigInt(strHash(v));
	}
	if (v instanceof PyBool) return BigInt(v.value);
	if (v instanceof PyFloat) return BigInt(pyHashValue(v));
	if (lookupHashMode(v) === 'identity') return BigInt(Math.floor(objectId(v) / 16));
	const h = v.cls.lookup('__hash__');
	if (h === undefined || h === None) throw typeError(`unhashable type: '${v.cls.name}'`);
	const r = callMethodValue(h, v, []);
	if (typeof r === 'number' || typeof r === 'bigint') {
		const b = BigInt(r);
		if (b >= -(2n ** 63n) && b < 2n ** 63n) return b === -1n ? -2n : b;
		return BigInt(I.hashInt(r));
	}
	if (r instanceof PyBool) return BigInt(r.value);
	throw typeError('__hash__ method should return an integer');
}

const hashCache = new WeakMap<PyTuple, PyValue>();

export function tupleHash(self: PyTuple): PyValue {
	const cached = hashCache.get(self);
	if (cached !== undefined) return cached;
	const items = self.items;
	if (rt.minor < 8) {
		// The pre-3.8 FNV-style tuple hash.
		let x = 0x345678n;
		let mult = 1000003n;
		for (let i = items.length - 1, k = 0; i >= 0; i--, k++) {
			const y = BigInt.asUintN(64, exactHash(items[k]));
			x = BigInt.asUintN(64, (x ^ y) * mult);
			mult = BigInt.asUintN(64, mult + 82520n + BigInt(i) + BigInt(i));
		}
		x = BigInt.asUintN(64, x + 97531n);
		if (x === M64) return -2;
		return I.normalize(BigInt.asIntN(64, x));
	}
	// xxHash-style accumulation on 64-bit values held as two uint32 halves (no BigInt garbage).
	let ah = P5_HI;
	let al = P5_LO;
	for (let i = 0; i < items.length; i++) {
		const lane = laneHash(items[i]);
		let lh: number;
		let ll: number;
		if (typeof lane === 'number') {
			ll = lane >>> 0;
			lh = Math.floor(lane / TWO32) >>> 0;
		} else {
			const u = BigInt.asUintN(64, lane);
			ll = Number(u & 0xffffffffn);
			lh = Number(u >> 32n);
		}
		// acc += lane * P2
		mul64(lh, ll, P2_HI, P2_LO);
		let lo = al + mulLo;
		let hi = ah + mulHi + (lo >= TWO32 ? 1 : 0);
		al = lo >>> 0;
		ah = hi >>> 0;
		// acc = rotl(acc, 31)
		hi = ((ah << 31) | (al >>> 1)) >>> 0;
		lo = ((al << 31) | (ah >>> 1)) >>> 0;
		// acc *= P1
		mul64(hi, lo, P1_HI, P1_LO);
		ah = mulHi;
		al = mulLo;
	}
	// acc += len ^ (P5 ^ 3527539)
	const xl = (items.length ^ XOR_LO) >>> 0;
	const lo = al + xl;
	al = lo >>> 0;
	ah = (ah + XOR_HI + (lo >= TWO32 ? 1 : 0)) >>> 0;
	let r: I.PyInt;
	if (ah === 0xffffffff && al === 0xffffffff) r = 1546275796;
	else {
		const signedHi = ah >= 0x80000000 ? ah - TWO32 : ah;
		const v = signedHi * TWO32 + al;
		r = Number.isSafeInteger(v) ? v : I.normalize((BigInt(signedHi) << 32n) + BigInt(al));
	}
	if (self.cls === tupleType) hashCache.set(self, r);
	return r;
}

const TWO32 = 4294967296;
const P1_HI = Number(P1 >> 32n);
const P1_LO = Number(P1 & 0xffffffffn);
const P2_HI = Number(P2 >> 32n);
const P2_LO = Number(P2 & 0xffffffffn);
const P5_HI = Number(P5 >> 32n);
const P5_LO = Number(P5 & 0xffffffffn);
const XOR_HI = Number((P5 ^ 3527539n) >> 32n);
const XOR_LO = Number((P5 ^ 3527539n) & 0xffffffffn);
let mulHi = 0;
let mulLo = 0;
/** (ah:al) * (bh:bl) mod 2**64 into mulHi:mulLo. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
	const a0 = al & 0xffff;
	const a1 = al >>> 16;
	const b0 = bl & 0xffff;
	const b1 = bl >>> 16;
	const mid = a1 * b0 + a0 * b1;
	const loFull = a0 * b0 + (mid % 65536) * 65536;
	mulLo = loFull >>> 0;
	const carry = loFull >= TWO32 ? 1 : 0;
	mulHi = (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** The hash of a tuple item (exact, as CPython's PyObject_Hash). */
function laneHash(v: PyValue): I.PyInt {
	if (typeof v === 'number') return I.hashInt(v);
	if (typeof v === 'string') return strHash(v);
	if (v instanceof PyTuple && v.cls === tupleType) return tupleHash(v) as I.PyInt;
	return pyHashValue(v);
}
method(tupleType, '__hash__', (args) => tupleHash(T(args[0])));

method(tupleType, 'count', (args, kwargs) => {
	exactlyOne('tuple.count', args, kwargs, 1);
	const items = T(args[0]).items;
	const x = args[1];
	let n = 0;
	for (let i = 0; i < items.length; i++) {
		const y = items[i];
		if (y === x || richEq(y, x)) n++;
	}
	return n;
});
method(tupleType, 'index', (args, kwargs) => {
	posOnly('index', args, kwargs, 1, 3, 1);
	const items = T(args[0]).items;
	const x = args[1];
	const [s, e] = clampRange(args[2], args[3], items.length);
	for (let i = s; i < e; i++) {
		const y = items[i];
		if (y === x || richEq(y, x)) return i;
	}
	throw valueError('tuple.index(x): x not in tuple');
});

export { PyTuple, tupleType, PyObject, pyBool, bindArgs };
