/*
 * classes.ts
 * Creating classes at run time (type.__new__): bases, metaclass resolution, the namespace,
 * __set_name__, __init_subclass__, the __class__ cell, and __slots__ (as plain attributes).
 */

import { PyType, PyValue, Kwargs, typeType, objectType, None, typeOf, MroError, PyObject } from './object';
import { typeError, PyException } from './exceptions';
import { PyDict, PyTuple, PyList } from './containers';
import { PyFunction, PyCell, PyClassMethod, PyStaticMethod } from './function';
import { call, callMethodValue, str, bindDescriptor } from './protocol';

/** Picks the most derived metaclass among `meta` and the bases' metaclasses (CPython _PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: PyType[]): PyType {
	let winner = meta;
	for (const b of bases) {
		const bm = b.cls;
		if (winner.isSubtypeOf(bm)) continue;
		if (bm.isSubtypeOf(winner)) {
			winner = bm;
			continue;
		}
		throw typeError(
			'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases'
		);
	}
	return winner;
}

/** type.__new__(meta, name, bases, ns, **kwargs). */
export function newClass(meta: PyType, name: string, bases: PyType[], ns: PyDict, kwargs: Kwargs | null): PyType {
	for (const b of bases) {
		if (b.extra?.final) throw typeError(`type '${b.name}' is not an acceptable base type`);
	}
	const realBases = bases.length ? bases : [objectType];
	const map = new Map<string, PyValue>();
	for (const [k, v] of ns.entries()) {
		if (typeof k !== 'string') continue;
		map.set(k, v);
	}
	const moduleName = ns.getStr('__module__');
	const qualname = ns.getStr('__qualname__');
	map.delete('__qualname__');
	map.delete('__classcell__');
	// __init_subclass__ and __class_getitem__ are implicit classmethods.
	for (const implicit of ['__init_subclass__', '__class_getitem__']) {
		const f = map.get(implicit);
		if (f instanceof PyFunction) map.set(implicit, new PyClassMethod(f));
	}
	const nf = map.get('__new__');
	if (nf instanceof PyFunction) map.set('__new__', new PyStaticMethod(nf));
	if (!map.has('__doc__')) map.set('__doc__', None);
	let cls: PyType;
	try {
		cls = new PyType(meta, name, realBases, map, {
			module: typeof moduleName === 'string' ? moduleName : '__main__',
			qualname: typeof qualname === 'string' ? qualname : name,
		});
	} catch (e) {
		if (e instanceof MroError) throw typeError(e.message);
		throw e;
	}
	cls.hasInstanceDict = true;
	const slots = map.get('__slots__');
	if (slots !== undefined) {
		cls.extra = { ...(cls.extra ?? {}), slots };
	}
	// Fill the __class__ cell used by zero-argument super().
	const cell = ns.getStr('__classcell__');
	if (cell instanceof PyCell) cell.value = cls;
	// __set_name__ on descriptors, in namespace order.
	for (const [k, v] of map) {
		if (typeof v !== 'object' || v instanceof PyType) continue;
		const setName = (v as PyObject).cls.lookup('__set_name__');
		if (setName !== undefined) {
			callMethodValue(setName, v, [cls, k]);
		}
	}
	// __init_subclass__ of the nearest base.
	const parent = cls.mro[1];
	if (parent) {
		const init = lookupAfter(cls, '__init_subclass__');
		if (init !== undefined) {
			const bound = bindDescriptor(init, cls, meta);
			call(bound, [], kwargs && kwargs.size ? kwargs : null);
		} else if (kwargs && kwargs.size) {
			throw typeError(`${name}.__init_subclass__() takes no keyword arguments`);
		}
	}
	return cls;
}

/** Looks up `name` in the MRO of cls, skipping cls itself (for super-like dispatch). */
function lookupAfter(cls: PyType, name: string): PyValue | undefined {
	for (let i = 1; i < cls.mro.length; i++) {
		const v = cls.mro[i]!.ns.get(name);
		if (v !== undefined) return v;
	}
	return undefined;
}

/** Converts the bases tuple of a class statement into types (with __mro_entries__ support). */
export function resolveBases(bases: PyValue[]): PyType[] {
	const out: PyType[] = [];
	for (const b of bases) {
		if (b instanceof PyType) {
			out.push(b);
			continue;
		}
		const me = typeOf(b).lookup('__mro_entries__');
		if (me !== undefined) {
			const r = callMethodValue(me, b, [new PyTuple(bases)]);
			if (r instanceof PyTuple) {
				for (const x of r.items) if (x instanceof PyType) out.push(x);
				continue;
			}
		}
		throw typeError(
			`bases must be types` // CPython: "metaclass conflict" or "bases must be types" depending on path
		);
	}
	return out;
}

/** The repr of a class: <class '__main__.A'>. */
export function classRepr(t: PyType): string {
	const mod = t.module;
	return mod === 'builtins' ? `<class '${t.qualname}'>` : `<class '${mod}.${t.qualname}'>`;
}

export { PyList, str, typeType };
