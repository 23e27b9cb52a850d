/*
 * set.ts
 * set and frozenset: construction, the operators | & - ^ (and in-place forms for set),
 * subset/superset comparisons, and all public methods.
 */

import { classGetItem } from './type';
import { PyValue, PyType, None, NotImplemented, True, False, pyBool, typeOf } from '../objects/object';
import { typeError, keyError, PyException } from '../objects/exceptions';
import { PySet, PyDict, setType, frozensetType, dictType, newSetTable, hashedEntries } from '../objects/containers';
import { SetTable } from '../lib/setTable';
import { toArray, repr, reprGuard, newInstanceDict, CmpOp, getIter, iterNext } from '../objects/protocol';
import { method, setNew, exactlyOne, noArgs, checkPositional, noKw, classMethod } from './util';
import { PySetIter } from './iterators';

const S = (v: PyValue): PySet => v as PySet;

export function isAnySet(v: PyValue): v is PySet {
	return v instanceof PySet;
}

/** A new set (or frozenset) of the given builtin type holding the items. */
export function newSetOf(t: PyType, items: Iterable<PyValue>): PySet {
	const s = new PySet(t);
	for (const x of items) s.add(x);
	return s;
}

type Table = SetTable<PyValue>;

/** A set of type t owning `table`. */
function fromTable(t: PyType, table: Table): PySet {
	const s = new PySet(t);
	s.adoptTable(table);
	return s;
}

/** set_update_internal: adds the elements of any iterable to a table, CPython's way. */
function updateTable(table: Table, other: PyValue): void {
	if (other instanceof PySet) table.update(other.table);
	else if (other instanceof PyDict && other.cls === dictType) table.updateFromDict(hashedEntries(other.keyList()));
	else if (other instanceof PyDict) table.updateFromDict(hashedEntries(toArray(other)));
	else table.updateFromIterable(hashedEntries(toArray(other)));
}

/** A temporary table holding the elements of an iterable (make_new_set). */
function tableFrom(other: PyValue): Table {
	if (other instanceof PySet) return other.table;
	const t = newSetTable();
	updateTable(t, other);
	return t;
}

function elementsOf(v: PyValue): PyValue[] {
	if (v instanceof PySet) return v.items();
	return toArray(v);
}

/** The builtin base (set or frozenset) of a set object's type, used for results. */
function resultType(s: PySet): PyType {
	return s.cls.isSubtypeOf(frozensetType) ? frozensetType : setType;
}

/** Key for lookups: a set used as a key is looked up as the equivalent frozenset. */
function lookupKey(k: PyValue): PyValue {
	if (k instanceof PySet && k.cls.isSubtypeOf(setType)) return newSetOf(frozensetType, k.items());
	return k;
}
function setHas(s: PySet, k: PyValue): boolean {
	try {
		return s.has(k);
	} catch (e) {
		if (e instanceof PyException && k instanceof PySet) return s.has(lookupKey(k));
		throw e;
	}
}

setNew(setType, (args) => {
	const cls = args[0] as PyType;
	const s = new PySet(cls);
	if (cls.hasInstanceDict) s.dict = newInstanceDict();
	return s;
});
method(setType, '__init__', (args, kwargs) => {
	const self = S(args[0]);
	if (self.cls === setType) noKw('set', kwargs);
	checkPositional('set', args, 0, 1, 1);
	self.clear();
	if (args.length > 1) {
		updateTable(self.table, args[1]);
		self.version++;
	}
	return None;
});
const EMPTY_FROZENSET = new PySet(frozensetType);
setNew(frozensetType, (args, kwargs) => {
	const cls = args[0] as PyType;
	if (cls === frozensetType) noKw('frozenset', kwargs);
	checkPositional('frozenset', args, 0, 1, 1);
	if (cls === frozensetType) {
		if (args.length === 1) return EMPTY_FROZENSET;
		const src = args[1];
		if (src instanceof PySet && src.cls === frozensetType) return src;
		const t = newSetTable();
		updateTable(t, src);
		const s = fromTable(frozensetType, t);
		return s.size === 0 ? EMPTY_FROZENSET : s;
	}
	const s = new PySet(cls);
	if (cls.hasInstanceDict) s.dict = newInstanceDict();
	if (args.length > 1) {
		updateTable(s.table, args[1]);
		s.version++;
	}
	return s;
});

export function setRepr(s: PySet): string {
	const t = s.cls;
	return reprGuard(s, `${t.name}(...)`, () => {
		const items = s.items();
		if (items.length === 0) return `${t.name}()`;
		const body = '{' + items.map((x) => repr(x)).join(', ') + '}';
		return t === setType ? body : `${t.name}(${body})`;
	});
}

for (const t of [setType, frozensetType]) {
	method(t, '__repr__', (args) => setRepr(S(args[0])));
	method(t, '__len__', (args) => S(args[0]).size);
	method(t, '__iter__', (args) => new PySetIter(S(args[0])));
	method(t, '__contains__', (args) => pyBool(setHas(S(args[0]), args[1])));
	classMethod(t, '__class_getitem__', (args) => classGetItem(args[0], args[1]));

	const op = (name: string, f: (a: Table, b: Table) => Table, reflected = false): void => {
		method(t, name, (args) => {
			const self = S(args[0]);
			const other = args[1];
			if (!(other instanceof PySet)) return NotImplemented;
			if (reflected) return fromTable(resultType(other), f(other.table, self.table));
			return fromTable(resultType(self), f(self.table, other.table));
		});
	};
	op('__or__', (a, b) => a.union(b));
	op('__ror__', (a, b) => a.union(b), true);
	op('__and__', (a, b) => a.intersection(b));
	op('__rand__', (a, b) => a.intersection(b), true);
	op('__sub__', (a, b) => a.difference(b));
	op('__rsub__', (a, b) => a.difference(b), true);
	op('__xor__', (a, b) => a.symmetricDifference(b));
	op('__rxor__', (a, b) => a.symmetricDifference(b), true);

	const cmp = (name: string, c: CmpOp): void => {
		method(t, name, (args) => {
			const a = S(args[0]);
			const b = args[1];
			if (!(b instanceof PySet)) return NotImplemented;
			switch (c) {
				case CmpOp.Eq:
					return pyBool(a.size === b.size && isSubset(a, b));
				case CmpOp.Ne:
					return pyBool(!(a.size === b.size && isSubset(a, b)));
				case CmpOp.Le:
					return pyBool(isSubset(a, b));
				case CmpOp.Lt:
					return pyBool(a.size < b.size && isSubset(a, b));
				case CmpOp.Ge:
					return pyBool(isSubset(b, a));
				case CmpOp.Gt:
					return pyBool(a.size > b.size && isSubset(b, a));
			}
		});
	};
	cmp('__eq__', CmpOp.Eq);
	cmp('__ne__', CmpOp.Ne);
	cmp('__le__', CmpOp.Le);
	cmp('__lt__', CmpOp.Lt);
	cmp('__ge__', CmpOp.Ge);
	cmp('__gt__', CmpOp.Gt);

	method(t, 'union', (args, kwargs) => {
		noKw(`${t.name}.union`, kwargs);
		const self = S(args[0]);
		const r = self.table.copy();
		for (let i = 1; i < args.length; i++) updateTable(r, args[i]);
		return fromTable(resultType(self), r);
	});
	method(t, 'intersection', (args, kwargs) => {
		noKw(`${t.name}.intersection`, kwargs);
		const self = S(args[0]);
		return fromTable(resultType(self), intersectMulti(self.table, args));
	});
	method(t, 'difference', (args, kwargs) => {
		noKw(`${t.name}.difference`, kwargs);
		const self = S(args[0]);
		if (args.length === 1) return fromTable(resultType(self), self.table.copy());
		const first = args[1];
		let r: Table;
		if (first instanceof PySet) r = self.table.difference(first.table);
		else if (first instanceof PyDict) r = self.table.difference(tableFrom(first));
		else r = self.table.differenceIterable(hashedEntries(toArray(first)));
		for (let i = 2; i < args.length; i++) differenceUpdate(r, args[i]);
		return fromTable(resultType(self), r);
	});
	method(t, 'symmetric_difference', (args, kwargs) => {
		exactlyOne(`${t.name}.symmetric_difference`, args, kwargs, 1);
		const self = S(args[0]);
		const other = args[1];
		if (other instanceof PySet) return fromTable(resultType(self), self.table.symmetricDifference(other.table));
		const tmp = tableFrom(other);
		tmp.symmetricDifferenceUpdate(self.table);
		return fromTable(resultType(self), tmp);
	});
	method(t, 'issubset', (args, kwargs) => {
		exactlyOne(`${t.name}.issubset`, args, kwargs, 1);
		const other = args[1];
		const o = other instanceof PySet ? other : newSetOf(setType, toArray(other));
		return pyBool(isSubset(S(args[0]), o));
	});
	method(t, 'issuperset', (args, kwargs) => {
		exactlyOne(`${t.name}.issuperset`, args, kwargs, 1);
		const self = S(args[0]);
		for (const x of elementsOf(args[1])) if (!setHas(self, x)) return False;
		return True;
	});
	method(t, 'isdisjoint', (args, kwargs) => {
		exactlyOne(`${t.name}.isdisjoint`, args, kwargs, 1);
		const self = S(args[0]);
		for (const x of elementsOf(args[1])) if (setHas(self, x)) return False;
		return True;
	});
	method(t, 'copy', (args, kwargs) => {
		noArgs(`${t.name}.copy`, args, kwargs);
		const self = S(args[0]);
		if (self.cls === frozensetType) return self;
		return fromTable(resultType(self), self.table.copy());
	});
	method(t, '__sizeof__', (args) => 200 + 16 * S(args[0]).size);
}

/** set_intersection_multi: successive intersections starting from a copy. */
function intersectMulti(self: Table, args: PyValue[]): Table {
	let r = self.copy();
	for (let i = 1; i < args.length; i++) {
		const o = args[i];
		r = o instanceof PySet ? r.intersection(o.table) : r.intersectionIterable(hashedEntries(toArray(o)));
	}
	return r;
}
function differenceUpdate(r: Table, other: PyValue): void {
	if (other instanceof PySet) r.differenceUpdate(other.table);
	else r.differenceUpdateIterable(hashedEntries(toArray(other)));
}
function isSubset(a: PySet, b: PySet): boolean {
	if (a.size > b.size) return false;
	for (const x of a.items()) if (!b.has(x)) return false;
	return true;
}

// frozenset hash: CPython's frozenset_hash (independent of the table layout).
const M64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
	return (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}
method(frozensetType, '__hash__', (args) => {
	const s = S(args[0]);
	let hash = 0n;
	for (const [, h] of s.table.entries()) hash ^= shuffleBits(BigInt.asUintN(64, BigInt(h)));
	hash ^= ((BigInt(s.size) + 1n) * 1927868237n) & M64;
	hash ^= (hash >> 11n) ^ (hash >> 25n);
	hash = (hash * 69069n + 907133923n) & M64;
	if (hash === M64) return 590923713;
	const r = BigInt.asIntN(64, hash);
	return r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
});
setType.ns.set('__hash__', None);

// Mutating methods of set.
method(setType, 'add', (args, kwargs) => {
	exactlyOne('set.add', args, kwargs, 1);
	S(args[0]).add(args[1]);
	return None;
});
method(setType, 'remove', (args, kwargs) => {
	exactlyOne('set.remove', args, kwargs, 1);
	const self = S(args[0]);
	const k = args[1];
	let removed: boolean;
	try {
		removed = self.discard(k);
	} catch (e) {
		if (e instanceof PyException && k instanceof PySet) removed = self.discard(lookupKey(k));
		else throw e;
	}
	if (!removed) throw keyError(k);
	return None;
});
method(setType, 'discard', (args, kwargs) => {
	exactlyOne('set.discard', args, kwargs, 1);
	const self = S(args[0]);
	const k = args[1];
	try {
		self.discard(k);
	} catch (e) {
		if (e instanceof PyException && k instanceof PySet) self.discard(lookupKey(k));
		else throw e;
	}
	return None;
});
method(setType, 'pop', (args, kwargs) => {
	noArgs('set.pop', args, kwargs);
	const v = S(args[0]).popFirst();
	if (v === undefined) throw keyError('pop from an empty set');
	return v;
});
method(setType, 'clear', (args, kwargs) => {
	noArgs('set.clear', args, kwargs);
	S(args[0]).clear();
	return None;
});
method(setType, 'update', (args, kwargs) => {
	noKw('set.update', kwargs);
	const self = S(args[0]);
	for (let i = 1; i < args.length; i++) updateTable(self.table, args[i]);
	self.version++;
	return None;
});
method(setType, 'intersection_update', (args, kwargs) => {
	noKw('set.intersection_update', kwargs);
	const self = S(args[0]);
	self.adoptTable(intersectMulti(self.table, args));
	return None;
});
method(setType, 'difference_update', (args, kwargs) => {
	noKw('set.difference_update', kwargs);
	const self = S(args[0]);
	for (let i = 1; i < args.length; i++) differenceUpdate(self.table, args[i]);
	self.version++;
	return None;
});
method(setType, 'symmetric_difference_update', (args, kwargs) => {
	exactlyOne('set.symmetric_difference_update', args, kwargs, 1);
	const self = S(args[0]);
	const other = args[1];
	self.table.symmetricDifferenceUpdate(other instanceof PySet ? other.table : tableFrom(other));
	self.version++;
	return None;
});
const inplace = (name: string, f: (self: Table, other: Table) => void): void => {
	method(setType, name, (args) => {
		const self = S(args[0]);
		const other = args[1];
		if (!(other instanceof PySet)) return NotImplemented;
		f(self.table, other.table);
		self.version++;
		return self;
	});
};
inplace('__ior__', (a, b) => a.update(b));
inplace('__iand__', (a, b) => a.intersectionUpdate(b));
inplace('__isub__', (a, b) => a.differenceUpdate(b));
inplace('__ixor__', (a, b) => a.symmetricDifferenceUpdate(b));

export { setType, frozensetType, PySet, typeError, getIter, iterNext, typeOf };
