/*
 * iterators.ts
 * The builtin iterator types (list/tuple/str/range/dict/set iterators, the sequence iterator
 * for __getitem__ classes, callable_iterator) and enumerate, zip, map, filter, reversed.
 * Each is a PyIteratorBase subclass whose nextValue() returns undefined when exhausted.
 */

import { PyObject, PyType, PyValue, Kwargs, None, makeBuiltinType, objectType, typeOf, True, False, PyBoxed } from '../objects/object';
import { typeError, valueError, runtimeError, stopIteration, PyException, IndexError, StopIteration } from '../objects/exceptions';
import { PyList, PyTuple, PyDict, PySet, newTuple, EMPTY_TUPLE } from '../objects/containers';
import {
	PyIteratorBase,
	getIter,
	iterNext,
	call,
	callMethodValue,
	isTrue,
	typeName,
	registerIdentityHashType,
	setSeqIterFactory,
	setStrIterFactory,
	len as pyLenOf,
	newInstanceDict,
	repr,
} from '../objects/protocol';
import { hasSurrogates, isAscii } from '../lib/strMethods';
import { rt } from '../objects/runtimeState';
import { iteratorHolders } from '../objects/iteratorHolders';
import { method, setNew, bindArgs, posOnly, noKw, checkPositional, unexpectedKw } from './util';
import { asInt } from '../objects/numeric';

/** Creates an iterator type with __iter__ (self) and __next__ (nextValue or StopIteration). */
export function makeIterType(name: string, module = 'builtins', alloc: ((cls: PyType) => PyObject) | null = null): PyType {
	const t = makeBuiltinType(name, objectType, alloc, module);
	registerIdentityHashType(t);
	method(t, '__iter__', (args) => args[0]);
	method(t, '__next__', (args) => {
		const v = (args[0] as PyIteratorBase).nextValue();
		if (v === undefined) throw stopIteration();
		return v;
	});
	return t;
}

// ---------------------------------------------------------------------------------------------
// list / tuple

export const listIterType = makeIterType('list_iterator');
export const listRevIterType = makeIterType('list_reverseiterator');
export const tupleIterType = makeIterType('tuple_iterator');

export class PyListIter extends PyIteratorBase {
	i = 0;
	constructor(public items: PyValue[] | null, public list: PyList | null) {
		super(listIterType);
	}
	nextValue(): PyValue | undefined {
		const items = this.list !== null ? this.list.items : this.items;
		if (items === null) return undefined;
		if (this.i < items.length) return items[this.i++];
		this.list = null;
		this.items = null;
		return undefined;
	}
}

export function listIter(l: PyList): PyListIter {
	return new PyListIter(null, l);
}

export class PyTupleIter extends PyIteratorBase {
	i = 0;
	constructor(public items: PyValue[]) {
		super(tupleIterType);
	}
	nextValue(): PyValue | undefined {
		if (this.i < this.items.length) return this.items[this.i++];
		return undefined;
	}
}

export class PyListRevIter extends PyIteratorBase {
	i: number;
	constructor(public list: PyList | null) {
		super(listRevIterType);
		this.i = list!.items.length - 1;
	}
	nextValue(): PyValue | undefined {
		if (this.list === null) return undefined;
		const items = this.list.items;
		if (this.i >= 0 && this.i < items.length) return items[this.i--];
		this.list = null;
		return undefined;
	}
}

// ---------------------------------------------------------------------------------------------
// str

export const strIterType = makeIterType('str_iterator');
export const strAsciiIterType = makeIterType(rt.minor >= 11 ? 'str_ascii_iterator' : 'str_ascii_iterator');

export class PyStrIter extends PyIteratorBase {
	i = 0;
	constructor(
		public s: string,
		public surrogates: boolean
	) {
		super(!surrogates && isAscii(s) && rt.minor >= 11 ? strAsciiIterType : strIterType);
	}
	nextValue(): PyValue | undefined {
		const s = this.s;
		const i = this.i;
		if (i >= s.length) return undefined;
		if (this.surrogates) {
			const c = s.charCodeAt(i);
			if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
				const d = s.charCodeAt(i + 1);
				if (d >= 0xdc00 && d <= 0xdfff) {
					this.i = i + 2;
					return s.slice(i, i + 2);
				}
			}
		}
		this.i = i + 1;
		return s[i];
	}
}
setStrIterFactory((s) => new PyStrIter(s, hasSurrogates(s)));

// ---------------------------------------------------------------------------------------------
// range

export const rangeIterType = makeIterType('range_iterator');
export const longRangeIterType = makeIterType('longrange_iterator');

export class PyRangeIter extends PyIteratorBase {
	constructor(
		public next: number,
		public step: number,
		public remaining: number
	) {
		super(rangeIterType);
	}
	nextValue(): PyValue | undefined {
		if (this.remaining <= 0) return undefined;
		this.remaining--;
		const v = this.next;
		this.next += this.step;
		return v;
	}
}

export class PyLongRangeIter extends PyIteratorBase {
	constructor(
		public next: bigint,
		public step: bigint,
		public remaining: bigint
	) {
		super(longRangeIterType);
	}
	nextValue(): PyValue | undefined {
		if (this.remaining <= 0n) return undefined;
		this.remaining--;
		const v = this.next;
		this.next += this.step;
		return v >= BigInt(-Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
	}
}

// ---------------------------------------------------------------------------------------------
// dict / set

export const dictKeyIterType = makeIterType('dict_keyiterator');
export const dictValueIterType = makeIterType('dict_valueiterator');
export const dictItemIterType = makeIterType('dict_itemiterator');
export const dictRevKeyIterType = makeIterType('dict_reversekeyiterator');
export const dictRevValueIterType = makeIterType('dict_reversevalueiterator');
export const dictRevItemIterType = makeIterType('dict_reverseitemiterator');
export const setIterType = makeIterType('set_iterator');

export const enum DictIterKind {
	Keys,
	Values,
	Items,
}

const DICT_ITER_TYPES = [dictKeyIterType, dictValueIterType, dictItemIterType];
const DICT_REV_ITER_TYPES = [dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType];

export class PyDictIter extends PyIteratorBase {
	pos: number;
	size: number;
	version: number;
	constructor(
		public target: PyDict | null,
		public kind: DictIterKind,
		public reverse = false
	) {
		super(reverse ? DICT_REV_ITER_TYPES[kind] : DICT_ITER_TYPES[kind]);
		this.size = target!.size;
		this.version = target!.version;
		this.pos = reverse ? target!.slotCount() - 1 : 0;
	}
	nextValue(): PyValue | undefined {
		const d = this.target;
		if (d === null) return undefined;
		if (d.size !== this.size) {
			this.size = -1;
			throw runtimeError('dictionary changed size during iteration');
		}
		if (d.version !== this.version) {
			this.version = -1;
			throw runtimeError('dictionary keys changed during iteration');
		}
		const n = d.slotCount();
		if (this.reverse) {
			while (this.pos >= 0) {
				const i = this.pos--;
				const k = d.slotKey(i);
				if (k !== undefined) return this.result(d, k, i);
			}
		} else {
			while (this.pos < n) {
				const i = this.pos++;
				const k = d.slotKey(i);
				if (k !== undefined) return this.result(d, k, i);
			}
		}
		this.target = null;
		return undefined;
	}
	private result(d: PyDict, k: PyValue, i: number): PyValue {
		switch (this.kind) {
			case DictIterKind.Keys:
				return k;
			case DictIterKind.Values:
				return d.slotValue(i);
			default:
				return new PyTuple([k, d.slotValue(i)]);
		}
	}
}

export class PySetIter extends PyIteratorBase {
	pos = 0;
	size: number;
	constructor(public set: PySet | null) {
		super(setIterType);
		this.size = set!.size;
	}
	nextValue(): PyValue | undefined {
		const s = this.set;
		if (s === null) return undefined;
		if (s.size !== this.size) {
			this.size = -1;
			throw runtimeError('Set changed size during iteration');
		}
		const n = s.slotCount();
		while (this.pos < n) {
			const k = s.slotKey(this.pos++);
			if (k !== undefined) return k;
		}
		this.set = null;
		return undefined;
	}
}

// ---------------------------------------------------------------------------------------------
// The sequence iterator (classes with __getitem__ only) and callable_iterator.

export const seqIterType = makeIterType('iterator');
export const callableIterType = makeIterType('callable_iterator');

export class PySeqIter extends PyIteratorBase {
	i = 0;
	constructor(
		public obj: PyValue | null,
		public getitem: PyValue
	) {
		super(seqIterType);
	}
	nextValue(): PyValue | undefined {
		if (this.obj === null) return undefined;
		try {
			const v = callMethodValue(this.getitem, this.obj, [this.i]);
			this.i++;
			return v;
		} catch (e) {
			if (e instanceof PyException && (e.cls.isSubtypeOf(IndexError) || e.cls.isSubtypeOf(StopIteration))) {
				this.obj = null;
				return undefined;
			}
			throw e;
		}
	}
}
setSeqIterFactory((obj, getitem) => new PySeqIter(obj, getitem));

export class PyCallableIter extends PyIteratorBase {
	constructor(
		public fn: PyValue | null,
		public sentinel: PyValue
	) {
		super(callableIterType);
	}
	nextValue(): PyValue | undefined {
		if (this.fn === null) return undefined;
		let v: PyValue;
		try {
			v = call(this.fn, []);
		} catch (e) {
			if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) {
				this.fn = null;
				return undefined;
			}
			throw e;
		}
		if (v === this.sentinel || isEqual(v, this.sentinel)) {
			this.fn = null;
			return undefined;
		}
		return v;
	}
}

let isEqual: (a: PyValue, b: PyValue) => boolean = () => false;
/** Installed by index.ts (richEq) to avoid an import cycle at load time. */
export function setIterEq(f: typeof isEqual): void {
	isEqual = f;
}

// ---------------------------------------------------------------------------------------------
// enumerate, zip, map, filter, reversed

export const enumerateType = makeIterType('enumerate', 'builtins', (cls) => new PyEnumerate(cls, EMPTY_TUPLE, 0));
export const zipType = makeIterType('zip', 'builtins', (cls) => new PyZip(cls, [], false));
export const mapType = makeIterType('map', 'builtins', (cls) => new PyMap(cls, None, []));
export const filterType = makeIterType('filter', 'builtins', (cls) => new PyFilter(cls, None, EMPTY_TUPLE));
iteratorHolders.set(enumerateType, (o) => [(o as PyEnumerate).it]);
iteratorHolders.set(zipType, (o) => [...(o as PyZip).its].reverse());
iteratorHolders.set(mapType, (o) => [...(o as PyMap).its].reverse());
iteratorHolders.set(filterType, (o) => [(o as PyFilter).it]);
export const reversedType = makeIterType('reversed', 'builtins', (cls) => new PyReversed(cls, None, 0));

export class PyEnumerate extends PyIteratorBase {
	constructor(
		cls: PyType,
		public it: PyValue,
		public index: number | bigint
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		const v = iterNext(this.it);
		if (v === undefined) return undefined;
		const i = this.index;
		if (typeof i === 'number') {
			this.index = i + 1 > Number.MAX_SAFE_INTEGER ? BigInt(i) + 1n : i + 1;
		} else this.index = i + 1n;
		return new PyTuple([i, v]);
	}
}

export class PyZip extends PyIteratorBase {
	constructor(
		cls: PyType,
		public its: PyValue[],
		public strict: boolean
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		const its = this.its;
		const n = its.length;
		if (n === 0) return undefined;
		const out = new Array<PyValue>(n);
		for (let i = 0; i < n; i++) {
			const v = iterNext(its[i]);
			if (v === undefined) {
				if (this.strict) {
					if (i > 0) {
						const plural = i === 1 ? ' ' : 's 1-';
						throw valueError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`);
					}
					for (let j = 1; j < n; j++) {
						if (iterNext(its[j]) !== undefined) {
							const plural = j === 1 ? ' ' : 's 1-';
							throw valueError(`zip() argument ${j + 1} is longer than argument${plural}${j}`);
						}
					}
				}
				this.its = [];
				return undefined;
			}
			out[i] = v;
		}
		return new PyTuple(out);
	}
}

export class PyMap extends PyIteratorBase {
	constructor(
		cls: PyType,
		public fn: PyValue,
		public its: PyValue[]
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		const its = this.its;
		if (its.length === 1) {
			const v = iterNext(its[0]);
			if (v === undefined) return undefined;
			return call(this.fn, [v]);
		}
		const args = new Array<PyValue>(its.length);
		for (let i = 0; i < its.length; i++) {
			const v = iterNext(its[i]);
			if (v === undefined) return undefined;
			args[i] = v;
		}
		return call(this.fn, args);
	}
}

export class PyFilter extends PyIteratorBase {
	constructor(
		cls: PyType,
		public fn: PyValue,
		public it: PyValue
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		for (;;) {
			const v = iterNext(this.it);
			if (v === undefined) return undefined;
			const ok = this.fn === None ? isTrue(v) : isTrue(call(this.fn, [v]));
			if (ok) return v;
		}
	}
}

export class PyReversed extends PyIteratorBase {
	constructor(
		cls: PyType,
		public seq: PyValue,
		public index: number
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		if (this.index < 0 || this.seq === None) return undefined;
		try {
			const gi = typeOf(this.seq).lookup('__getitem__')!;
			const v = callMethodValue(gi, this.seq, [this.index]);
			this.index--;
			return v;
		} catch (e) {
			if (e instanceof PyException && (e.cls.isSubtypeOf(IndexError) || e.cls.isSubtypeOf(StopIteration))) {
				this.index = -1;
				this.seq = None;
				return undefined;
			}
			throw e;
		}
	}
}

function newIterOfClass<T extends PyObject>(cls: PyType, obj: T): T {
	if (cls.hasInstanceDict) obj.dict = newInstanceDict();
	return obj;
}

setNew(enumerateType, (args, kwargs) => {
	const cls = args[0] as PyType;
	const [iterable, start] = bindArgs(
		{ name: 'enumerate', params: ['iterable', 'start'], required: 0 },
		args,
		kwargs,
		1
	);
	if (iterable === undefined) throw typeError(`enumerate() missing required argument 'iterable'${rt.minor <= 10 ? ' (pos 1)' : ''}`);
	let s: number | bigint = 0;
	if (start !== undefined) {
		const i = asInt(start);
		if (i === undefined) throw typeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
		s = i;
	}
	return newIterOfClass(cls, new PyEnumerate(cls, getIter(iterable), s));
});

setNew(zipType, (args, kwargs) => {
	const cls = args[0] as PyType;
	let strict = false;
	if (kwargs !== null && kwargs.size > 0) {
		if (rt.minor < 10) throw typeError('zip() takes no keyword arguments');
		for (const [k, v] of kwargs) {
			if (k === 'strict' && rt.minor >= 10) strict = isTrue(v);
			else throw typeError(unexpectedKw('zip', k, ['strict']));
		}
	}
	const its: PyValue[] = [];
	for (let i = 1; i < args.length; i++) {
		try {
			its.push(getIter(args[i]));
		} catch (e) {
			if (rt.minor < 8 && e instanceof PyException && e.cls === typeErrorType() && !typeOf(args[i]).lookup('__iter__'))
				throw typeError(`zip argument #${i} must support iteration`);
			throw e;
		}
	}
	return newIterOfClass(cls, new PyZip(cls, its, strict));
});
const typeErrorType = (): PyType => typeError('').cls;

setNew(mapType, (args, kwargs) => {
	const cls = args[0] as PyType;
	if (kwargs !== null && kwargs.size > 0 && cls === mapType) throw typeError('map() takes no keyword arguments');
	if (args.length < 3) throw typeError('map() must have at least two arguments.');
	const its: PyValue[] = [];
	for (let i = 2; i < args.length; i++) its.push(getIter(args[i]));
	return newIterOfClass(cls, new PyMap(cls, args[1], its));
});

setNew(filterType, (args, kwargs) => {
	const cls = args[0] as PyType;
	if (cls === filterType) noKw('filter', kwargs);
	checkPositional('filter', args, 2, 2, 1);
	return newIterOfClass(cls, new PyFilter(cls, args[1], getIter(args[2])));
});

setNew(reversedType, (args, kwargs) => {
	const cls = args[0] as PyType;
	if (cls === reversedType) noKw('reversed', kwargs);
	checkPositional('reversed', args, 1, 1, 1);
	const seq = args[1];
	const t = typeOf(seq);
	const rev = t.lookup('__reversed__');
	if (rev === None) throw typeError(`'${t.name}' object is not reversible`);
	if (rev !== undefined && cls === reversedType) return callMethodValue(rev, seq, []);
	if (typeof seq !== 'string' && (t.lookup('__getitem__') === undefined || t.lookup('__len__') === undefined || t.isSubtypeOf(dictTypeRef())))
		throw typeError(`'${t.name}' object is not reversible`);
	const n = pyLenOf(seq);
	return newIterOfClass(cls, new PyReversed(cls, seq, n - 1));
});
let dictTypeRef = (): PyType => objectType;
export function setDictTypeRef(t: PyType): void {
	dictTypeRef = () => t;
}

/** __reduce__-free reprs: iterators use object's default repr. */
export function iterRepr(v: PyValue): string {
	return repr(v);
}

export { PyBoxed, True, False, newTuple, posOnly };
export type { Kwargs };
