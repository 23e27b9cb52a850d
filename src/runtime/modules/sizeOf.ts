/*
 * sizeOf.ts
 * sys.getsizeof: the bytes CPython (64-bit Linux build) reports for an object, per version.
 * Tutorials print it to compare a list with a generator, so the usual objects follow CPython's
 * layouts: the struct size plus the GC header (sys.getsizeof adds it for GC-tracked types),
 * variable parts (int digits, str characters, tuple items), the over-allocation of lists
 * (list_resize), dicts (the keys table of dictobject.c) and sets (set_table_resize), and, from
 * 3.11, a generator's embedded frame (gen_sizeof: its locals and value stack).
 *
 * Capacities are not tracked on every mutation: a list made by list() or [x] * n starts from
 * the size CPython gives it (types/list.ts listAllocations), any other list from empty (a
 * comprehension, an append loop); both then follow list_resize one append (or one cut) at a
 * time. Literals, slices and concatenations, presized exactly by CPython, are so reported
 * too large. Dicts and sets are taken to have grown by insertions one at a time.
 */

import { PyValue, PyObject, PyFloat, PyBool, PyBoxed, None, typeOf } from '../objects/object';
import { PyList, PyTuple, PyDict, PySet, PyRange } from '../objects/containers';
import { PyBytes, bytesType } from '../types/bytes';
import { PyComplex } from '../types/complex';
import { PyGenerator, PyCoroutine, PyAsyncGenerator } from '../vm/generators';
import type { CodeObject } from '../compiler/codeObject';
import { rt } from '../objects/runtimeState';
import { listAllocations, listResize } from '../types/list';

/** 3.7's objects are 16 bytes larger (its GC header); 3.8+ share most sizes. */
const pre38 = (): number => (rt.minor <= 7 ? 16 : 0);

/** int: a 24-byte head and 4 bytes per 30-bit digit; zero has no digit before 3.11. */
function intSize(v: number | bigint): number {
	let magnitude = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
	let digits = 0;
	while (magnitude > 0n) {
		digits++;
		magnitude >>= 30n;
	}
	if (digits === 0 && rt.minor >= 11) digits = 1;
	return 24 + 4 * digits;
}

/** str: compact ASCII strings store 1 byte per character, others 1, 2 or 4 (PEP 393). */
function strSize(s: string): number {
	let maxChar = 0;
	let length = 0;
	for (const ch of s) {
		length++;
		const c = ch.codePointAt(0)!;
		if (c > maxChar) maxChar = c;
	}
	const asciiHead = rt.minor >= 12 ? 40 : 48;
	const compactHead = rt.minor >= 12 ? 56 : 72;
	if (maxChar < 0x80) return asciiHead + length + 1;
	const kind = maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
	return compactHead + (length + 1) * kind;
}

/** A list's allocated length: known from its creation, then grown or cut by list_resize. */
function listCapacity(list: PyList): number {
	const known = listAllocations.get(list);
	let allocated = known?.allocated ?? 0;
	const from = known?.length ?? 0;
	const length = list.items.length;
	for (let size = from + 1; size <= length; size++) allocated = listResize(allocated, size, size - 1);
	return length < from ? listResize(allocated, length, length) : allocated;
}

/** Slots of a dict's keys table after inserting `used` keys one by one (3.8+ GROWTH_RATE). */
function dictTableSize(used: number): number {
	let size = 8;
	while (used > (((size << 1) / 3) | 0)) {
		// insertion_resize when the usable entries run out: the smallest power of two above used*3.
		const filled = ((size << 1) / 3) | 0;
		let next = 8;
		while (next <= ((filled * 3) | 7)) next <<= 1;
		size = next;
	}
	return size;
}

function dictSize(d: PyDict): number {
	const used = d.size;
	if (used === 0) return 64 + pre38() + (rt.minor <= 7 ? 168 : 0);
	const slots = dictTableSize(used);
	const usable = ((slots << 1) / 3) | 0;
	const indexBytes = slots <= 0xff ? 1 : slots <= 0xffff ? 2 : slots <= 0xffffffff ? 4 : 8;
	if (rt.minor >= 11) {
		// Keys that are all exact str use 16-byte entries (no cached hash per entry).
		let allStr = true;
		for (const k of d.keyList()) if (typeof k !== 'string') allStr = false;
		return 64 + 32 + slots * indexBytes + usable * (allStr ? 16 : 24);
	}
	return 64 + 40 + slots * indexBytes + usable * 24 + pre38();
}

/** Slots of a set's table after adding `used` items one by one (set_add_entry, set_table_resize). */
function setTableSize(used: number): number {
	let mask = 7;
	for (let fill = 1; fill <= used; fill++) {
		if (fill * 5 < mask * 3) continue;
		const minUsed = fill > 50000 ? fill * 2 : fill * 4;
		let size = 8;
		while (size <= minUsed) size <<= 1;
		mask = size - 1;
	}
	return mask + 1;
}

/** gen_sizeof: 3.11+ embeds the frame (locals, cells, free variables and value stack). */
function generatorSize(code: CodeObject, kind: 'generator' | 'coroutine' | 'async generator'): number {
	if (rt.minor >= 11) {
		const cells = code.cellvars.filter((n) => !code.varnames.includes(n)).length;
		const slots = code.varnames.length + cells + code.freevars.length;
		const stack = rt.minor === 11 ? code.stackDepthWithoutGuard : code.stackDepth;
		return (rt.minor === 11 ? 168 : 160) + 8 * (slots + stack);
	}
	const generator = rt.minor <= 7 ? 128 : rt.minor <= 9 ? 112 : 104;
	return generator + (kind === 'generator' ? 0 : kind === 'coroutine' ? 8 : rt.minor <= 7 ? 16 : 24);
}

/** sys.getsizeof(v): CPython's size for the objects whose layout we follow, else an estimate. */
export function cpythonSizeOf(v: PyValue): number {
	const known = knownSize(v);
	if (known !== null) return known;
	// An instance of a Python class (its __dict__ is separate); other objects are estimated.
	if (v instanceof PyObject && !v.cls.isBuiltin) return rt.minor <= 7 ? 64 : rt.minor === 11 ? 56 : 48;
	return 56;
}

function knownSize(v: PyValue): number | null {
	if (typeof v === 'number' || typeof v === 'bigint') return intSize(v);
	if (typeof v === 'string') return strSize(v);
	if (v === None) return 16;
	if (v instanceof PyBool) return intSize(v.value);
	if (v instanceof PyFloat) return 24;
	if (v instanceof PyComplex) return 32;
	if (v instanceof PyBoxed) return null;
	const exact = v.cls.isBuiltin;
	if (!exact) return null;
	if (v instanceof PyGenerator) return generatorSize(v.frame.code, 'generator');
	if (v instanceof PyCoroutine) return generatorSize(v.frame.code, 'coroutine');
	if (v instanceof PyAsyncGenerator) return generatorSize(v.frame.code, 'async generator');
	if (v instanceof PyBytes) return v.cls === bytesType ? 33 + v.data.length : null;
	if (v instanceof PyTuple) return 40 + pre38() + 8 * v.items.length;
	if (v instanceof PyList) return 56 + pre38() + 8 * listCapacity(v);
	if (v instanceof PyDict) return typeOf(v).name === 'dict' ? dictSize(v) : null;
	if (v instanceof PySet) {
		// The first 8 slots are the object's own smalltable.
		const slots = setTableSize(v.size);
		return 216 + pre38() + (slots > 8 ? 16 * slots : 0);
	}
	if (v instanceof PyRange) return 48;
	return null;
}
