/*
 * dict.ts
 * The dict type and its views (dict_keys / dict_values / dict_items, with set operations on
 * keys and items), __missing__ support, the | and |= operators (3.9+), and fromkeys.
 */

import { classGetItem } from './type';
import { PyObject, PyType, PyValue, Kwargs, None, NotImplemented, True, False, pyBool, typeOf, makeBuiltinType, objectType } from '../objects/object';
import { typeError, valueError, keyError, PyException, KeyError } from '../objects/exceptions';
import { PyDict, PyTuple, PyList, PySet, dictType, setType, newTuple } from '../objects/containers';
import {
	getIter,
	iterNext,
	getAttrOpt,
	call,
	getItem,
	richEq,
	repr,
	reprGuard,
	typeName,
	newInstanceDict,
	callMethodValue,
	CmpOp,
	isTrue,
	len as pyLen,
	toArray,
	setDictFactory,
	contains,
} from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { method, setNew, classMethod, posOnly, noArgs, exactlyOne, getset, checkPositional } from './util';
import { PyDictIter, DictIterKind, setDictTypeRef } from './iterators';
import { PyMappingProxy } from './type';

setDictFactory(() => new PyDict());
setDictTypeRef(dictType);

const D = (v: PyValue): PyDict => v as PyDict;

export function newDict(): PyDict {
	return new PyDict();
}

/** dict[key] including the __missing__ hook of subclasses. */
export function dictGetItem(d: PyDict, key: PyValue): PyValue {
	const v = d.get(key);
	if (v !== undefined) return v;
	if (d.cls !== dictType) {
		const missing = d.cls.lookup('__missing__');
		if (missing !== undefined) return callMethodValue(missing, d, [key]);
	}
	throw keyError(key);
}

/** dict.update / dict(...) merge semantics. */
export function dictMerge(d: PyDict, other: PyValue, fname = 'update'): void {
	if (other instanceof PyDict && (other.cls === dictType || other.cls.lookup('__iter__') === dictType.ns.get('__iter__'))) {
		if (other === d) return;
		const entries = other.entries();
		for (let i = 0; i < entries.length; i++) d.set(entries[i][0], entries[i][1]);
		return;
	}
	const keysFn = typeof other === 'object' ? getAttrOpt(other, 'keys') : undefined;
	if (keysFn !== undefined) {
		const ks = toArray(call(keysFn, []));
		for (const k of ks) d.set(k, getItem(other, k));
		return;
	}
	const it = getIter(other);
	void fname;
	for (let n = 0; ; n++) {
		const item = iterNext(it);
		if (item === undefined) return;
		let pair: PyValue[];
		if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
		else {
			try {
				pair = toArray(item);
			} catch (e) {
				if (e instanceof PyException && e.cls.name === 'TypeError')
					throw typeError(`cannot convert dictionary update sequence element #${n} to a sequence`);
				throw e;
			}
		}
		if (pair.length !== 2)
			throw valueError(`dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
		d.set(pair[0], pair[1]);
	}
}

setNew(dictType, (args) => {
	const cls = args[0] as PyType;
	const d = new PyDict(cls);
	if (cls.hasInstanceDict) d.dict = newInstanceDict();
	return d;
});
method(dictType, '__init__', (args, kwargs) => {
	checkPositional('dict', args, 0, 1, 1);
	const self = D(args[0]);
	if (args.length > 1) dictMerge(self, args[1]);
	if (kwargs !== null) for (const [k, v] of kwargs) self.set(k, v);
	return None;
});

export function dictRepr(d: PyDict): string {
	return reprGuard(d, '{...}', () => {
		if (d.size === 0) return '{}';
		let out = '{';
		let first = true;
		const n = d.slotCount();
		for (let i = 0; i < n; i++) {
			const k = d.slotKey(i);
			if (k === undefined) continue;
			if (!first) out += ', ';
			first = false;
			out += repr(k) + ': ' + repr(d.slotValue(i));
		}
		return out + '}';
	});
}
method(dictType, '__repr__', (args) => dictRepr(D(args[0])));
dictType.ns.set('__hash__', None);
method(dictType, '__len__', (args) => D(args[0]).size);
method(dictType, '__getitem__', (args) => {
	const d = D(args[0]);
	const v = d.get(args[1]);
	if (v !== undefined) return v;
	return dictGetItem(d, args[1]);
});
method(dictType, '__setitem__', (args) => {
	D(args[0]).set(args[1], args[2]);
	return None;
});
method(dictType, '__delitem__', (args) => {
	if (!D(args[0]).delete(args[1])) throw keyError(args[1]);
	return None;
});
method(dictType, '__contains__', (args) => pyBool(D(args[0]).has(args[1])));
method(dictType, '__iter__', (args) => new PyDictIter(D(args[0]), DictIterKind.Keys));
method(dictType, '__reversed__', (args) => {
	if (rt.minor < 8) throw typeError(`'dict' object is not reversible`);
	return new PyDictIter(D(args[0]), DictIterKind.Keys, true);
});
classMethod(dictType, '__class_getitem__', (args) => classGetItem(args[0], args[1]));

export function dictEquals(a: PyDict, b: PyDict): boolean {
	if (a.size !== b.size) return false;
	const n = a.slotCount();
	for (let i = 0; i < n; i++) {
		const k = a.slotKey(i);
		if (k === undefined) continue;
		const bv = b.get(k);
		if (bv === undefined) return false;
		const av = a.slotValue(i);
		if (av !== bv && !richEq(av, bv)) return false;
	}
	return true;
}
method(dictType, '__eq__', (args) => {
	const o = args[1];
	if (!(o instanceof PyDict)) return NotImplemented;
	return pyBool(dictEquals(D(args[0]), o));
});
method(dictType, '__ne__', (args) => {
	const o = args[1];
	if (!(o instanceof PyDict)) return NotImplemented;
	return pyBool(!dictEquals(D(args[0]), o));
});
method(dictType, '__or__', (args) => {
	if (rt.minor < 9) return NotImplemented;
	const o = args[1];
	if (!(o instanceof PyDict)) return NotImplemented;
	const self = D(args[0]);
	const r = dictCopyOf(self);
	dictMerge(r, o);
	return r;
});
method(dictType, '__ror__', (args) => {
	if (rt.minor < 9) return NotImplemented;
	const o = args[1];
	if (!(o instanceof PyDict)) return NotImplemented;
	const r = dictCopyOf(o);
	dictMerge(r, D(args[0]));
	return r;
});
method(dictType, '__ior__', (args) => {
	if (rt.minor < 9) return NotImplemented;
	dictMerge(D(args[0]), args[1]);
	return args[0];
});

function dictCopyOf(d: PyDict): PyDict {
	const r = new PyDict();
	const n = d.slotCount();
	for (let i = 0; i < n; i++) {
		const k = d.slotKey(i);
		if (k !== undefined) r.set(k, d.slotValue(i));
	}
	return r;
}

method(dictType, 'get', (args, kwargs) => {
	if (args.length !== 2 || kwargs !== null) posOnly('get', args, kwargs, 1, 2, 1);
	const v = D(args[0]).get(args[1]);
	return v !== undefined ? v : args.length > 2 ? args[2] : None;
});
method(dictType, 'setdefault', (args, kwargs) => {
	posOnly('setdefault', args, kwargs, 1, 2, 1);
	const d = D(args[0]);
	const v = d.get(args[1]);
	if (v !== undefined) return v;
	const dflt = args.length > 2 ? args[2] : None;
	d.set(args[1], dflt);
	return dflt;
});
method(dictType, 'pop', (args, kwargs) => {
	posOnly('pop', args, kwargs, 1, 2, 1);
	const v = D(args[0]).pop(args[1]);
	if (v !== undefined) return v;
	if (args.length > 2) return args[2];
	throw keyError(args[1]);
});
method(dictType, 'popitem', (args, kwargs) => {
	noArgs('popitem', args, kwargs);
	const r = D(args[0]).popLast();
	if (r === undefined) throw keyError('popitem(): dictionary is empty');
	return new PyTuple([r[0], r[1]]);
});
method(dictType, 'keys', (args, kwargs) => {
	noArgs('dict.keys', args, kwargs);
	return new PyDictView(dictKeysType, D(args[0]));
});
method(dictType, 'values', (args, kwargs) => {
	noArgs('dict.values', args, kwargs);
	return new PyDictView(dictValuesType, D(args[0]));
});
method(dictType, 'items', (args, kwargs) => {
	noArgs('dict.items', args, kwargs);
	return new PyDictView(dictItemsType, D(args[0]));
});
method(dictType, 'update', (args, kwargs) => {
	checkPositional('update', args, 0, 1, 1);
	const self = D(args[0]);
	if (args.length > 1) dictMerge(self, args[1]);
	if (kwargs !== null) for (const [k, v] of kwargs) self.set(k, v);
	return None;
});
method(dictType, 'copy', (args, kwargs) => {
	noArgs('dict.copy', args, kwargs);
	return dictCopyOf(D(args[0]));
});
method(dictType, 'clear', (args, kwargs) => {
	noArgs('dict.clear', args, kwargs);
	D(args[0]).clear();
	return None;
});
classMethod(dictType, 'fromkeys', (args, kwargs) => {
	posOnly('fromkeys', args, kwargs, 1, 2, 1);
	const cls = args[0] as PyType;
	const value = args.length > 2 ? args[2] : None;
	const d = call(cls, []);
	const keys = toArray(args[1]);
	if (d instanceof PyDict && d.cls === dictType) {
		for (const k of keys) d.set(k, value);
	} else {
		for (const k of keys) {
			const si = typeOf(d).lookup('__setitem__');
			if (si === undefined) throw typeError(`'${typeName(d)}' object does not support item assignment`);
			callMethodValue(si, d, [k, value]);
		}
	}
	return d;
});
method(dictType, '__sizeof__', (args) => 64 + 24 * D(args[0]).size);

// ---------------------------------------------------------------------------------------------
// Views.

export const dictKeysType = makeBuiltinType('dict_keys');
export const dictValuesType = makeBuiltinType('dict_values');
export const dictItemsType = makeBuiltinType('dict_items');

export class PyDictView extends PyObject {
	constructor(
		cls: PyType,
		public target: PyDict
	) {
		super(cls);
	}
}
const V = (v: PyValue): PyDictView => v as PyDictView;

const VIEW_KIND = new Map<PyType, DictIterKind>([
	[dictKeysType, DictIterKind.Keys],
	[dictValuesType, DictIterKind.Values],
	[dictItemsType, DictIterKind.Items],
]);

for (const [t, kind] of VIEW_KIND) {
	method(t, '__len__', (args) => V(args[0]).target.size);
	method(t, '__iter__', (args) => new PyDictIter(V(args[0]).target, kind));
	method(t, '__reversed__', (args) => new PyDictIter(V(args[0]).target, kind, true));
	method(t, '__repr__', (args) => {
		const v = V(args[0]);
		return reprGuard(v, '...', () => {
			const it = new PyDictIter(v.target, kind);
			const parts: string[] = [];
			for (;;) {
				const x = it.nextValue();
				if (x === undefined) break;
				parts.push(repr(x));
			}
			return `${t.name}([${parts.join(', ')}])`;
		});
	});
	getset(t, 'mapping', (self) => new PyMappingProxy(V(self).target));
}
dictValuesType.ns.set('__hash__', None);

method(dictKeysType, '__contains__', (args) => pyBool(V(args[0]).target.has(args[1])));
method(dictItemsType, '__contains__', (args) => {
	const item = args[1];
	if (!(item instanceof PyTuple) || item.items.length !== 2) return False;
	const v = V(args[0]).target.get(item.items[0]);
	if (v === undefined) return False;
	return pyBool(v === item.items[1] || richEq(v, item.items[1]));
});

/** The elements of a view or any iterable as a new set. */
function viewToSet(v: PyValue): PySet {
	const s = new PySet();
	const items = toArray(v);
	for (const x of items) s.add(x);
	return s;
}

function isSetLike(v: PyValue): boolean {
	return v instanceof PySet || (v instanceof PyDictView && v.cls !== dictValuesType);
}

function viewContains(view: PyDictView, x: PyValue): boolean {
	return contains(view, x);
}

for (const t of [dictKeysType, dictItemsType]) {
	t.ns.set('__hash__', None);
	const binop = (name: string, f: (a: PySet, b: PyValue) => PySet, reflected: boolean): void => {
		method(t, name, (args) => {
			const self = args[0];
			const other = args[1];
			if (typeOf(other).lookup('__iter__') === undefined && !(typeof other === 'string')) return NotImplemented;
			return reflected ? f(viewToSet(other), self) : f(viewToSet(self), other);
		});
	};
	const and = (a: PySet, b: PyValue): PySet => {
		const r = new PySet();
		for (const x of toArray(b)) if (a.has(x)) r.add(x);
		return r;
	};
	const or = (a: PySet, b: PyValue): PySet => {
		for (const x of toArray(b)) a.add(x);
		return a;
	};
	const sub = (a: PySet, b: PyValue): PySet => {
		for (const x of toArray(b)) a.discard(x);
		return a;
	};
	const xor = (a: PySet, b: PyValue): PySet => {
		const bs = viewToSet(b);
		const r = new PySet();
		for (const x of a.items()) if (!bs.has(x)) r.add(x);
		for (const x of bs.items()) if (!a.has(x)) r.add(x);
		return r;
	};
	binop('__and__', and, false);
	binop('__rand__', and, true);
	binop('__or__', or, false);
	binop('__ror__', or, true);
	binop('__sub__', sub, false);
	binop('__rsub__', sub, true);
	binop('__xor__', xor, false);
	binop('__rxor__', xor, true);
	method(t, 'isdisjoint', (args) => {
		const self = V(args[0]);
		for (const x of toArray(args[1])) if (viewContains(self, x)) return False;
		return True;
	});
	const cmp = (op: CmpOp) => (args: PyValue[]): PyValue => {
		const self = V(args[0]);
		const other = args[1];
		if (!isSetLike(other)) return NotImplemented;
		const la = pyLen(self);
		const lb = pyLen(other);
		const subset = (a: PyValue, b: PyValue): boolean => {
			for (const x of toArray(a)) if (!contains(b, x)) return false;
			return true;
		};
		switch (op) {
			case CmpOp.Eq:
				return pyBool(la === lb && subset(self, other));
			case CmpOp.Ne:
				return pyBool(!(la === lb && subset(self, other)));
			case CmpOp.Le:
				return pyBool(la <= lb && subset(self, other));
			case CmpOp.Lt:
				return pyBool(la < lb && subset(self, other));
			case CmpOp.Ge:
				return pyBool(la >= lb && subset(other, self));
			case CmpOp.Gt:
				return pyBool(la > lb && subset(other, self));
		}
	};
	method(t, '__eq__', cmp(CmpOp.Eq));
	method(t, '__ne__', cmp(CmpOp.Ne));
	method(t, '__le__', cmp(CmpOp.Le));
	method(t, '__lt__', cmp(CmpOp.Lt));
	method(t, '__ge__', cmp(CmpOp.Ge));
	method(t, '__gt__', cmp(CmpOp.Gt));
}

export { dictType, PyDict, objectType, exactlyOne, isTrue, setType, newTuple, KeyError };
export type { Kwargs };
