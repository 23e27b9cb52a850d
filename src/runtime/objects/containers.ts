/*
 * containers.ts
 * Data classes and type objects of tuple, list, dict, set/frozenset, range and slice.
 * Their Python methods are installed by types/*.ts; generic operations live in protocol.ts.
 */

import { PyObject, PyType, PyValue, makeBuiltinType, PyDictLike, PyBool, PyFloat, PyBoxed, objectType, intType, floatType, strType } from './object';
import { hashValue, richEq, lookupHashMode } from './protocol';
import { LIMITS } from './runtimeState';
import { newException, MemoryError } from './exceptions';
import { SetTable } from '../lib/setTable';
import { rt } from './runtimeState';

export const tupleType = makeBuiltinType('tuple', objectType, (cls) => new PyTuple([], cls));
export const listType = makeBuiltinType('list', objectType, (cls) => new PyList([], cls));
export const dictType = makeBuiltinType('dict', objectType, (cls) => new PyDict(cls));
export const setType = makeBuiltinType('set', objectType, (cls) => new PySet(cls));
export const frozensetType = makeBuiltinType('frozenset', objectType, (cls) => new PySet(cls));
export const rangeType = makeBuiltinType('range');
export const sliceType = makeBuiltinType('slice');

/** A Python tuple (or an instance of a tuple subclass, `cls`). */
export interface PyTuple extends PyObject {
	items: PyValue[];
	hashCache: number | undefined;
}
interface PyTupleConstructor {
	new (items: PyValue[], cls?: PyType): PyTuple;
	readonly prototype: PyTuple;
}
/** A constructor function, not a class, for the reason given at PyFloat. */
export const PyTuple = function PyTuple(this: PyTuple, items: PyValue[], cls?: PyType) {
	this.dict = null;
	this.cls = cls ?? tupleType;
	this.items = items;
	this.hashCache = undefined;
} as unknown as PyTupleConstructor;
Object.setPrototypeOf(PyTuple.prototype, PyObject.prototype);

export const EMPTY_TUPLE = new PyTuple([]);

/** A Python list (or an instance of a list subclass, `cls`). */
export interface PyList extends PyObject {
	items: PyValue[];
}
interface PyListConstructor {
	new (items: PyValue[], cls?: PyType): PyList;
	readonly prototype: PyList;
}
/** A constructor function, not a class, for the reason given at PyFloat. */
export const PyList = function PyList(this: PyList, items: PyValue[], cls?: PyType) {
	this.dict = null;
	this.cls = cls ?? listType;
	this.items = items;
} as unknown as PyListConstructor;
Object.setPrototypeOf(PyList.prototype, PyObject.prototype);

/** Tombstone for deleted dict/set slots; never escapes this module. */
const DELETED: unique symbol = Symbol('deleted');
type Slot = PyValue | typeof DELETED;

/** How a key is found: by a JS primitive identity (fast) or by Python hash + __eq__. */
type PrimKey = string | number | bigint | PyObject;

/**
 * Converts a key to its primitive lookup key, or returns null when the key needs hashing.
 * Ints, bools and integral floats share keys (1 == 1.0 == True), as in Python.
 */
function primKey(k: PyValue): PrimKey | null {
	switch (typeof k) {
		case 'string':
		case 'number':
		case 'bigint':
			return k;
	}
	if (k instanceof PyBool) return k.value;
	if (k instanceof PyFloat) {
		const v = k.value;
		if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : BigInt(v);
		return null;
	}
	if (k instanceof PyTuple && k.cls === tupleType) return tuplePrimKey(k);
	if (k instanceof PyBoxed) {
		// Instances of int/float/str subclasses that keep the base __hash__/__eq__ behave as their value.
		const v = k.value;
		const base = typeof v === 'string' ? strType : v instanceof PyFloat ? floatType : intType;
		const t = k.cls;
		if (t.lookup('__hash__') === base.lookup('__hash__') && t.lookup('__eq__') === base.lookup('__eq__')) return primKey(v);
		return null;
	}
	return lookupHashMode(k) === 'identity' ? k : null;
}

/**
 * A string key for a tuple of primitive-keyed items ((1, 'a'), nested tuples), so dicts keyed by
 * such tuples use the fast Map path; null when an item needs hashing. Equal tuples get equal keys
 * because the items' own primitive keys are used (1, 1.0 and True coincide).
 */
function tuplePrimKey(t: PyTuple): string | null {
	let out = '\udfff\udbff\u0000(';
	const items = t.items;
	for (let i = 0; i < items.length; i++) {
		const p = primKey(items[i]);
		switch (typeof p) {
			case 'number':
			case 'bigint':
				out += 'n' + String(p) + ',';
				break;
			case 'string':
				out += 's' + p.length + ':' + p + ',';
				break;
			default:
				return null;
		}
	}
	return out + ')';
}

/** Insertion-ordered hash table shared by dict and set. */
class HashTable {
	keys: Slot[] = [];
	size = 0;
	/** Bumped on every insertion/deletion; iterators compare it. */
	version = 0;
	prim = new Map<PrimKey, number>();
	hashed: Map<number, number[]> | null = null;

	findIndex(k: PyValue): number {
		const p = primKey(k);
		if (p !== null) {
			const i = this.prim.get(p);
			return i === undefined ? -1 : i;
		}
		if (!this.hashed) {
			hashValue(k); // raises TypeError for unhashable keys
			return -1;
		}
		const h = hashValue(k);
		const bucket = this.hashed.get(h);
		if (!bucket) return -1;
		for (const i of bucket) {
			const existing = this.keys[i] as PyValue;
			if (existing === k || richEq(existing, k)) return i;
		}
		return -1;
	}

	/** Returns the index of the new slot, or -1 if the key already existed (at `existing`). */
	insertKey(k: PyValue): { index: number; isNew: boolean } {
		const p = primKey(k);
		if (p !== null) {
			const i = this.prim.get(p);
			if (i !== undefined) return { index: i, isNew: false };
			const index = this.keys.length;
			if (index >= LIMITS.maxItems) throw newException(MemoryError);
			this.keys.push(k);
			this.prim.set(p, index);
			this.size++;
			this.version++;
			return { index, isNew: true };
		}
		const h = hashValue(k);
		if (!this.hashed) this.hashed = new Map();
		let bucket = this.hashed.get(h);
		if (bucket) {
			for (const i of bucket) {
				const existing = this.keys[i] as PyValue;
				if (existing === k || richEq(existing, k)) return { index: i, isNew: false };
			}
		} else {
			bucket = [];
			this.hashed.set(h, bucket);
		}
		const index = this.keys.length;
		this.keys.push(k);
		bucket.push(index);
		this.size++;
		this.version++;
		return { index, isNew: true };
	}

	removeAt(i: number): void {
		const k = this.keys[i] as PyValue;
		const p = primKey(k);
		if (p !== null) this.prim.delete(p);
		else if (this.hashed) {
			const h = hashValue(k);
			const bucket = this.hashed.get(h);
			if (bucket) {
				const j = bucket.indexOf(i);
				if (j >= 0) bucket.splice(j, 1);
				if (bucket.length === 0) this.hashed.delete(h);
			}
		}
		this.keys[i] = DELETED;
		this.size--;
		this.version++;
	}

	clear(): void {
		this.keys = [];
		this.size = 0;
		this.version++;
		this.prim.clear();
		this.hashed = null;
	}

	/** True when slot i holds a live key. */
	live(i: number): boolean {
		return this.keys[i] !== DELETED;
	}

	/** Whether compaction is worthwhile (many tombstones). */
	needsCompaction(): boolean {
		return this.keys.length > 8 && this.keys.length > this.size * 2;
	}
}

export class PyDict extends PyObject implements PyDictLike {
	private table = new HashTable();
	vals: Slot[] = [];
	constructor(cls: PyType = dictType) {
		super(cls);
	}

	get size(): number {
		return this.table.size;
	}
	get version(): number {
		return this.table.version;
	}

	get(k: PyValue): PyValue | undefined {
		const i = this.table.findIndex(k);
		return i < 0 ? undefined : (this.vals[i] as PyValue);
	}
	set(k: PyValue, v: PyValue): void {
		const { index, isNew } = this.table.insertKey(k);
		if (isNew) this.vals.push(v);
		else this.vals[index] = v;
	}
	has(k: PyValue): boolean {
		return this.table.findIndex(k) >= 0;
	}
	delete(k: PyValue): boolean {
		const i = this.table.findIndex(k);
		if (i < 0) return false;
		this.table.removeAt(i);
		this.vals[i] = DELETED;
		this.maybeCompact();
		return true;
	}
	/** Removes and returns the value of k, or undefined. */
	pop(k: PyValue): PyValue | undefined {
		const i = this.table.findIndex(k);
		if (i < 0) return undefined;
		const v = this.vals[i] as PyValue;
		this.table.removeAt(i);
		this.vals[i] = DELETED;
		this.maybeCompact();
		return v;
	}
	clear(): void {
		this.table.clear();
		this.vals = [];
	}

	getStr(key: string): PyValue | undefined {
		const i = this.table.prim.get(key);
		return i === undefined ? undefined : (this.vals[i] as PyValue);
	}
	setStr(key: string, value: PyValue): void {
		const i = this.table.prim.get(key);
		if (i !== undefined) this.vals[i] = value;
		else this.set(key, value);
	}
	deleteStr(key: string): boolean {
		return this.delete(key);
	}
	hasStr(key: string): boolean {
		return this.table.prim.has(key);
	}
	/** Where a str key's value is in `vals`, or -1; valid while `version` stays the same. */
	strSlot(key: string): number {
		const i = this.table.prim.get(key);
		return i === undefined ? -1 : i;
	}

	/** Live entries in insertion order (a snapshot). */
	entries(): [PyValue, PyValue][] {
		const out: [PyValue, PyValue][] = [];
		const keys = this.table.keys;
		for (let i = 0; i < keys.length; i++) {
			if (keys[i] !== DELETED) out.push([keys[i] as PyValue, this.vals[i] as PyValue]);
		}
		return out;
	}
	keyList(): PyValue[] {
		return this.table.keys.filter((k) => k !== DELETED);
	}
	valueList(): PyValue[] {
		const out: PyValue[] = [];
		const keys = this.table.keys;
		for (let i = 0; i < keys.length; i++) if (keys[i] !== DELETED) out.push(this.vals[i] as PyValue);
		return out;
	}
	/** Raw slot access for iterators: returns undefined past the end, DELETED-skipping is the caller's job. */
	slotCount(): number {
		return this.table.keys.length;
	}
	slotKey(i: number): PyValue | undefined {
		const k = this.table.keys[i];
		return k === DELETED ? undefined : k;
	}
	slotValue(i: number): PyValue {
		return this.vals[i] as PyValue;
	}
	/** Removes and returns the last inserted item (popitem). */
	popLast(): [PyValue, PyValue] | undefined {
		const keys = this.table.keys;
		for (let i = keys.length - 1; i >= 0; i--) {
			if (keys[i] !== DELETED) {
				const r: [PyValue, PyValue] = [keys[i] as PyValue, this.vals[i] as PyValue];
				this.table.removeAt(i);
				this.vals[i] = DELETED;
				keys.length = i;
				this.vals.length = i;
				return r;
			}
		}
		return undefined;
	}
	private maybeCompact(): void {
		if (!this.table.needsCompaction()) return;
		const entries = this.entries();
		const version = this.table.version;
		this.clear();
		for (const [k, v] of entries) this.set(k, v);
		this.table.version = version + 1;
	}
}

/**
 * Exact Python hash of a value (CPython's values for ints, floats, tuples...), used by sets to
 * probe like CPython so they iterate in CPython's order. Installed by types/index.ts.
 */
let exactHashFn: (v: PyValue) => number | bigint = (v) => hashValue(v);
export function setExactHash(f: (v: PyValue) => number | bigint): void {
	exactHashFn = f;
}
const setKeyEq = (a: PyValue, b: PyValue): boolean => richEq(a, b);

/** set / frozenset: CPython's open-addressing table (lib/setTable.ts), so iteration order matches. */
export class PySet extends PyObject {
	table: SetTable<PyValue>;
	/** Bumped on every change of membership. */
	version = 0;
	private snapshot: PyValue[] | null = null;
	private snapshotVersion = -1;
	constructor(cls: PyType = setType) {
		super(cls);
		this.table = new SetTable<PyValue>(setKeyEq, rt.minor);
	}
	get size(): number {
		return this.table.size;
	}
	add(k: PyValue): void {
		const n = this.table.size;
		this.table.add(k, exactHashFn(k));
		if (this.table.size !== n) this.version++;
	}
	has(k: PyValue): boolean {
		return this.table.has(k, exactHashFn(k));
	}
	discard(k: PyValue): boolean {
		const r = this.table.discard(k, exactHashFn(k));
		if (r) this.version++;
		return r;
	}
	clear(): void {
		this.table.clear();
		this.version++;
	}
	/** The elements in iteration order (a fresh array). */
	items(): PyValue[] {
		return this.table.values();
	}
	private slots(): PyValue[] {
		if (this.snapshot === null || this.snapshotVersion !== this.version) {
			this.snapshot = this.table.values();
			this.snapshotVersion = this.version;
		}
		return this.snapshot;
	}
	/** Iteration support: number of positions and the element at a position (undefined = none). */
	slotCount(): number {
		return this.slots().length;
	}
	slotKey(i: number): PyValue | undefined {
		return this.slots()[i];
	}
	/** Replaces the table (results of the set algebra of lib/setTable.ts). */
	adoptTable(t: SetTable<PyValue>): void {
		this.table = t;
		this.version++;
	}
	/** Removes and returns an element as CPython's set.pop() would, or undefined when empty. */
	popFirst(): PyValue | undefined {
		if (this.table.size === 0) return undefined;
		this.version++;
		return this.table.pop();
	}
	hashCache: number | undefined;
}

/** A SetTable for a new set (same key equality and version rules). */
export function newSetTable(): SetTable<PyValue> {
	return new SetTable<PyValue>(setKeyEq, rt.minor);
}
/** (key, exact hash) pairs of values, for SetTable's bulk operations. */
export function hashedEntries(values: PyValue[]): [PyValue, number | bigint][] {
	return values.map((v) => [v, exactHashFn(v)]);
}

export class PyRange extends PyObject {
	constructor(
		readonly start: number | bigint,
		readonly stop: number | bigint,
		readonly step: number | bigint
	) {
		super(rangeType);
	}
}

export class PySlice extends PyObject {
	constructor(
		readonly start: PyValue,
		readonly stop: PyValue,
		readonly step: PyValue
	) {
		super(sliceType);
	}
}

/** A new tuple from a JS array (empty arrays share one object, as CPython's empty tuple). */
export function newTuple(items: PyValue[]): PyTuple {
	return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
