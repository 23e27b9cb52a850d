/*
 * setTable.ts
 * A hash table probing like CPython's Objects/setobject.c, so sets iterate (and print) in CPython's order.
 */

import { pyThrow } from './errors';
import type { PyInt } from './intOps';

/** Marker of a deleted slot (CPython's `dummy`, stored with hash -1). */
const DUMMY: unique symbol = Symbol('dummy');

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** Python's == between two keys (the identity shortcut is applied before calling it). May throw. */
export type KeyEquals<K> = (a: K, b: K) => boolean;

/** A key with its hash, as CPython's setentry; hashes are never -1. */
export type SetEntry<K> = [key: K, hash: PyInt];

/** The low 32 bits of a hash as an unsigned number (all a table index needs). */
function low32(hash: PyInt): number {
	return typeof hash === 'number' ? hash >>> 0 : Number(BigInt.asUintN(32, hash));
}

/** The hash as size_t, the initial value of CPython's `perturb`. */
function asSizeT(hash: PyInt): bigint {
	return BigInt.asUintN(64, BigInt(hash));
}

/** Same hash value (number and bigint forms never mix for one value: PyInts are normalized). */
function sameHash(a: PyInt, b: PyInt): boolean {
	return a === b;
}

/**
 * The table of one set or frozenset. Keys are opaque; the caller provides each key's hash (computed
 * once, like CPython caches it in the entry) and Python's == through `eq`. Iteration follows slot order.
 */
export class SetTable<K> {
	private keys: (K | typeof DUMMY | undefined)[] = new Array<K | typeof DUMMY | undefined>(MINSIZE);
	private hashes: PyInt[] = new Array<PyInt>(MINSIZE).fill(0);
	private mask = MINSIZE - 1;
	/** Active + dummy slots. */
	private fill = 0;
	/** Active slots (len()). */
	private used = 0;
	/** Where pop() resumes its scan. */
	private finger = 0;

	/** CPython 3.9 never reused dummy slots on insertion; 3.7-3.8 and 3.10+ reuse the last one probed. */
	private readonly reuseDummies: boolean;

	/** `minor` is the Python 3 minor version whose insertion rule to follow. */
	constructor(
		private readonly eq: KeyEquals<K>,
		readonly minor = 13,
	) {
		this.reuseDummies = minor !== 9;
	}

	/** len(s). */
	get size(): number {
		return this.used;
	}

	/** True when the two keys are the same object or ==. */
	private matches(stored: K, key: K): boolean {
		return stored === key || this.eq(stored, key);
	}

	/** set_lookkey: the slot holding an equal key, or the empty slot that ends the probe sequence. */
	private lookup(key: K, hash: PyInt): number {
		const mask = this.mask;
		let i = low32(hash) & mask;
		let perturb: bigint | null = null;
		for (;;) {
			let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
			let j = i;
			for (;;) {
				const stored = this.keys[j];
				if (stored === undefined) return j;
				if (stored !== DUMMY && sameHash(this.hashes[j], hash) && this.matches(stored, key)) return j;
				if (probes-- === 0) break;
				j++;
			}
			perturb = (perturb ?? asSizeT(hash)) >> PERTURB_SHIFT;
			i = (i * 5 + 1 + Number(perturb & 0xffffffffn)) & mask;
		}
	}

	/** x in s. */
	has(key: K, hash: PyInt): boolean {
		const stored = this.keys[this.lookup(key, hash)];
		return stored !== undefined;
	}

	/** set_add_entry: inserts unless an equal key is present, reusing the last dummy seen on the way (not in 3.9). */
	add(key: K, hash: PyInt): void {
		const mask = this.mask;
		let i = low32(hash) & mask;
		let perturb: bigint | null = null;
		let freeSlot = -1;
		for (;;) {
			let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
			let j = i;
			for (;;) {
				const stored = this.keys[j];
				if (stored === undefined) {
					if (freeSlot >= 0) {
						this.keys[freeSlot] = key;
						this.hashes[freeSlot] = hash;
						this.used++;
						return;
					}
					this.keys[j] = key;
					this.hashes[j] = hash;
					this.fill++;
					this.used++;
					if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
					return;
				}
				if (stored === DUMMY) {
					if (this.reuseDummies) freeSlot = j;
				}
				else if (sameHash(this.hashes[j], hash) && this.matches(stored, key)) return;
				if (probes-- === 0) break;
				j++;
			}
			perturb = (perturb ?? asSizeT(hash)) >> PERTURB_SHIFT;
			i = (i * 5 + 1 + Number(perturb & 0xffffffffn)) & mask;
		}
	}

	/** set_insert_clean: places a key known to be absent into a table without dummies. */
	private static insertClean<K>(keys: (K | typeof DUMMY | undefined)[], hashes: PyInt[], mask: number, key: K, hash: PyInt): void {
		let i = low32(hash) & mask;
		let perturb: bigint | null = null;
		for (;;) {
			if (keys[i] === undefined) {
				keys[i] = key;
				hashes[i] = hash;
				return;
			}
			if (i + LINEAR_PROBES <= mask) {
				for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
					if (keys[j] === undefined) {
						keys[j] = key;
						hashes[j] = hash;
						return;
					}
				}
			}
			perturb = (perturb ?? asSizeT(hash)) >> PERTURB_SHIFT;
			i = (i * 5 + 1 + Number(perturb & 0xffffffffn)) & mask;
		}
	}

	/** set_table_resize: a table of the smallest power of two above minUsed, active keys reinserted in slot order. */
	private resize(minUsed: number): void {
		let newSize = MINSIZE;
		while (newSize <= minUsed) newSize *= 2;
		// A small table without dummies is left alone (CPython returns early; rebuilding could move keys).
		if (newSize === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
		const oldKeys = this.keys;
		const oldHashes = this.hashes;
		this.keys = new Array<K | typeof DUMMY | undefined>(newSize);
		this.hashes = new Array<PyInt>(newSize).fill(0);
		this.mask = newSize - 1;
		this.fill = this.used;
		for (let i = 0; i < oldKeys.length; i++) {
			const key = oldKeys[i];
			if (key !== undefined && key !== DUMMY) SetTable.insertClean(this.keys, this.hashes, this.mask, key, oldHashes[i]);
		}
	}

	/** set_discard_entry: replaces an equal key by a dummy; false when absent. */
	discard(key: K, hash: PyInt): boolean {
		const slot = this.lookup(key, hash);
		if (this.keys[slot] === undefined) return false;
		this.keys[slot] = DUMMY;
		this.hashes[slot] = -1;
		this.used--;
		return true;
	}

	/** set.pop(): the first active slot from the finger on; KeyError('pop from an empty set'). */
	pop(): K {
		if (this.used === 0) pyThrow('KeyError', 'pop from an empty set');
		let i = this.finger & this.mask;
		while (this.keys[i] === undefined || this.keys[i] === DUMMY) i = i === this.mask ? 0 : i + 1;
		const key = this.keys[i] as K;
		this.keys[i] = DUMMY;
		this.hashes[i] = -1;
		this.used--;
		this.finger = i + 1;
		return key;
	}

	/** set.clear(): back to an empty minimum-size table. */
	clear(): void {
		this.keys = new Array<K | typeof DUMMY | undefined>(MINSIZE);
		this.hashes = new Array<PyInt>(MINSIZE).fill(0);
		this.mask = MINSIZE - 1;
		this.fill = 0;
		this.used = 0;
	}

	/** The active keys in slot (iteration) order. */
	values(): K[] {
		const out: K[] = [];
		for (const key of this.keys) if (key !== undefined && key !== DUMMY) out.push(key);
		return out;
	}

	/** The active entries (key and hash) in slot order, as set_next walks them. */
	entries(): SetEntry<K>[] {
		const out: SetEntry<K>[] = [];
		this.keys.forEach((key, i) => {
			if (key !== undefined && key !== DUMMY) out.push([key, this.hashes[i]]);
		});
		return out;
	}

	/** Iterates keys in slot order. */
	[Symbol.iterator](): Iterator<K> {
		return this.values()[Symbol.iterator]();
	}

	/** A new empty table sharing the equality callback. */
	private empty(): SetTable<K> {
		return new SetTable<K>(this.eq, this.minor);
	}

	/** set_merge: s.update(other) for another set or frozenset. */
	update(other: SetTable<K>): void {
		if (other === this || other.used === 0) return;
		// One big resize up front, expecting few overlapping keys.
		if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
		if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
			// Same size, no dummies: copy the slots as they are.
			this.keys = other.keys.slice();
			this.hashes = other.hashes.slice();
			this.fill = other.fill;
			this.used = other.used;
			return;
		}
		if (this.fill === 0) {
			this.fill = other.used;
			this.used = other.used;
			for (const [key, hash] of other.entries()) SetTable.insertClean(this.keys, this.hashes, this.mask, key, hash);
			return;
		}
		for (const [key, hash] of other.entries()) this.add(key, hash);
	}

	/** s.update(dict): presized like set_update_dict, then keys added in dict order. */
	updateFromDict(entries: readonly SetEntry<K>[]): void {
		if ((this.fill + entries.length) * 5 >= this.mask * 3) this.resize((this.used + entries.length) * 2);
		for (const [key, hash] of entries) this.add(key, hash);
	}

	/** s.update(iterable) for any other iterable: keys added one by one in order. */
	updateFromIterable(entries: Iterable<SetEntry<K>>): void {
		for (const [key, hash] of entries) this.add(key, hash);
	}

	/** set(other) / s.copy(): a new table merged from this one. */
	copy(): SetTable<K> {
		const result = this.empty();
		result.update(this);
		return result;
	}

	/** s | other (set_or): a copy of s updated with other. */
	union(other: SetTable<K>): SetTable<K> {
		const result = this.copy();
		if (other !== this) result.update(other);
		return result;
	}

	/** s & other (set_intersection): walks the smaller set, keeping its keys found in the larger one. */
	intersection(other: SetTable<K>): SetTable<K> {
		if (other === this) return this.copy();
		const result = this.empty();
		const swap = other.used > this.used;
		const big = swap ? other : this;
		const small = swap ? this : other;
		for (const [key, hash] of small.entries()) if (big.has(key, hash)) result.add(key, hash);
		return result;
	}

	/** s.intersection(iterable) for a non-set iterable: its keys, in order, that are in s. */
	intersectionIterable(entries: Iterable<SetEntry<K>>): SetTable<K> {
		const result = this.empty();
		for (const [key, hash] of entries) if (this.has(key, hash)) result.add(key, hash);
		return result;
	}

	/** Takes over another table's slots (set_swap_bodies, for the in-place operators). */
	private adopt(other: SetTable<K>): void {
		this.keys = other.keys;
		this.hashes = other.hashes;
		this.mask = other.mask;
		this.fill = other.fill;
		this.used = other.used;
	}

	/** s &= other (set_intersection_update). */
	intersectionUpdate(other: SetTable<K>): void {
		this.adopt(this.intersection(other));
	}

	/** s -= other (set_difference_update_internal) for a set; purges dummies when over a quarter. */
	differenceUpdate(other: SetTable<K>): void {
		if (other === this) {
			this.clear();
			return;
		}
		// When other is much larger, only its intersection with s matters.
		const source = other.used >> 3 > this.used ? this.intersection(other) : other;
		for (const [key, hash] of source.entries()) this.discard(key, hash);
		this.purgeDummies();
	}

	/** s.difference_update(iterable) for a non-set iterable. */
	differenceUpdateIterable(entries: Iterable<SetEntry<K>>): void {
		for (const [key, hash] of entries) this.discard(key, hash);
		this.purgeDummies();
	}

	/** Resizes dummies away when more than a quarter of the slots are dummies. */
	private purgeDummies(): void {
		if (this.fill - this.used > this.mask >> 2) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
	}

	/** s - other (set_difference). For a dict other, pass a table of its keys: the result is the same. */
	difference(other: SetTable<K>): SetTable<K> {
		if (this.used >> 2 > other.used) {
			// Much smaller other: copy s, then discard other's keys.
			const result = this.copy();
			result.differenceUpdate(other);
			return result;
		}
		const result = this.empty();
		for (const [key, hash] of this.entries()) if (!other.has(key, hash)) result.add(key, hash);
		return result;
	}

	/** s.difference(iterable) for a non-set, non-dict iterable (set_copy_and_difference). */
	differenceIterable(entries: Iterable<SetEntry<K>>): SetTable<K> {
		const result = this.copy();
		result.differenceUpdateIterable(entries);
		return result;
	}

	/** s ^= other for a set: other's keys toggled in slot order. */
	symmetricDifferenceUpdate(other: SetTable<K>): void {
		if (other === this) {
			this.clear();
			return;
		}
		for (const [key, hash] of other.entries()) if (!this.discard(key, hash)) this.add(key, hash);
	}

	/** s ^ other (set_symmetric_difference): a copy of other, then s's keys toggled. */
	symmetricDifference(other: SetTable<K>): SetTable<K> {
		const result = this.empty();
		result.update(other);
		result.symmetricDifferenceUpdate(this);
		return result;
	}

	/**
	 * A set display of constants as CPython 3.9+ compiles it when it has 3+ items: a frozenset constant,
	 * which the compiler's constant merging rebuilds from its own iteration order, then merged into a
	 * new set (BUILD_SET 0; LOAD_CONST; SET_UPDATE). Other displays, and all displays before 3.9, add
	 * the items one by one (fromEntries).
	 */
	static fromConstantDisplay<K>(eq: KeyEquals<K>, entries: Iterable<SetEntry<K>>, minor = 13): SetTable<K> {
		const folded = SetTable.fromEntries(eq, entries, minor);
		const merged = SetTable.fromEntries(eq, folded.entries(), minor);
		const table = new SetTable<K>(eq, minor);
		table.update(merged);
		return table;
	}

	/** Builds a table from keys added one at a time (set(iterable), a {a, b, c} display before 3.9). */
	static fromEntries<K>(eq: KeyEquals<K>, entries: Iterable<SetEntry<K>>, minor = 13): SetTable<K> {
		const table = new SetTable<K>(eq, minor);
		table.updateFromIterable(entries);
		return table;
	}
}
