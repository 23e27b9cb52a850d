/*
 * classes.ts
 * Creating classes at run time (type.__new__): bases, metaclass resolution, the namespace,
 * __set_name__, __init_subclass__, the __class__ cell, and __slots__ (as plain attributes).
 */

import { rt } from './runtimeState';
import { PyType, PyValue, Kwargs, typeType, objectType, None, typeOf, MroError, bumpTypeEpoch } from './object';
import { typeError, attributeError } from './exceptions';
import { PyDict, PyTuple, PyList } from './containers';
import { PyFunction, PyCell, PyClassMethod, PyStaticMethod, PyGetSet, PyMethod, PyBuiltin, PyClassMethodDescriptor } from './function';
import { call, callMethodValue, str, bindDescriptor, toArray, getAttrOpt } from './protocol';

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
	// Defining __eq__ without __hash__ makes instances unhashable.
	if (map.has('__eq__') && !map.has('__hash__')) map.set('__hash__', None);
	const slotsValue = map.get('__slots__');
	const slotNames = slotsValue === undefined ? null : slotNamesOf(slotsValue);
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
	const baseHasDict = realBases.some((b) => b.hasInstanceDict);
	cls.hasInstanceDict = slotNames === null || slotNames.includes('__dict__') || baseHasDict;
	if (slotNames !== null) {
		for (const slot of slotNames) {
			if (slot === '__dict__' || slot === '__weakref__') continue;
			const key = mangleSlot(name, slot);
			if (map.has(key)) throw typeError(`'${key}' in __slots__ conflicts with class variable`);
			cls.ns.set(key, slotDescriptor(cls, key));
		}
	}
	// The first class in a hierarchy that has instance dicts exposes __dict__ and __weakref__.
	const inherited = (attr: string): boolean => cls.mro.slice(1).some((t) => t !== objectType && t.ns.has(attr));
	if (cls.hasInstanceDict && !inherited('__dict__')) cls.ns.set('__dict__', instanceDictDescriptor(cls));
	if ((slotNames === null || slotNames.includes('__weakref__')) && !inherited('__weakref__')) {
		cls.ns.set('__weakref__', new PyGetSet('__weakref__', () => None, null, cls));
	}
	if (!cls.ns.has('__doc__')) cls.ns.set('__doc__', None);
	bumpTypeEpoch();
	// Fill the __class__ cell used by zero-argument super().
	const cell = ns.getStr('__classcell__');
	if (cell instanceof PyCell) cell.value = cls;
	// __set_name__ on descriptors, in namespace order.
	for (const [k, v] of map) {
		if (typeof v !== 'object' || v instanceof PyType) continue;
		const setName = (v).cls.lookup('__set_name__');
		if (setName !== undefined) {
			callMethodValue(setName, v, [cls, k]);
		}
	}
	// __init_subclass__ of the nearest base.
	const parent = cls.mro[1];
	if (parent) {
		const init = lookupAfter(cls, '__init_subclass__');
		if (init !== undefined) {
			// Looked up on the class itself, so a classmethod binds to the new class.
			const bound =
				init instanceof PyClassMethod
					? new PyMethod(init.func, cls)
					: init instanceof PyClassMethodDescriptor
						? new PyBuiltin(init.name, init.fn, cls)
						: bindDescriptor(init, cls, meta);
			call(bound, [], kwargs && kwargs.size ? kwargs : null);
		} else if (kwargs && kwargs.size) {
			throw typeError(`${name}.__init_subclass__() takes no keyword arguments`);
		}
	}
	return cls;
}

/** The names listed in __slots__ (a string or an iterable of strings). */
function slotNamesOf(v: PyValue): string[] {
	const items = typeof v === 'string' ? [v] : toArray(v);
	return items.map((x) => {
		if (typeof x !== 'string') throw typeError(`__slots__ items must be strings, not '${typeOf(x).name}'`);
		return x;
	});
}

function mangleSlot(cls: string, name: string): string {
	if (!name.startsWith('__') || name.endsWith('__')) return name;
	const stripped = cls.replace(/^_+/, '');
	return stripped ? `_${stripped}${name}` : name;
}

/** Values of __slots__ attributes live in a per-object map (objects with slots have no __dict__). */
const slotValues = new WeakMap<object, Map<string, PyValue>>();

function slotDescriptor(cls: PyType, name: string): PyGetSet {
	return new PyGetSet(
		name,
		(self) => {
			const v = typeof self === 'object' ? slotValues.get(self)?.get(name) : undefined;
			// CPython member_get: the bare name before 3.10.
			if (v === undefined) throw attributeError(rt.minor <= 9 ? name : `'${typeOf(self).name}' object has no attribute '${name}'`);
			return v;
		},
		(self, value) => {
			if (typeof self !== 'object') return;
			let m = slotValues.get(self);
			if (!m) slotValues.set(self, (m = new Map<string, PyValue>()));
			m.set(name, value);
		},
		cls,
		(self) => {
			// CPython PyMember_SetOne with NULL on an empty slot: the bare name, in every version.
			if (typeof self !== 'object' || slotValues.get(self)?.delete(name) !== true) throw attributeError(name);
		}
	);
}

function instanceDictDescriptor(cls: PyType): PyGetSet {
	return new PyGetSet(
		'__dict__',
		(self) => {
			if (typeof self !== 'object') return None;
			if (self.dict === null) self.dict = new PyDict();
			return self.dict;
		},
		(self, value) => {
			if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
			if (typeof self === 'object') self.dict = value;
		},
		cls
	);
}

/** Looks up `name` in the MRO of cls, skipping cls itself (for super-like dispatch). */
function lookupAfter(cls: PyType, name: string): PyValue | undefined {
	for (let i = 1; i < cls.mro.length; i++) {
		const v = cls.mro[i].ns.get(name);
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
		const me = getAttrOpt(b, '__mro_entries__');
		if (me !== undefined) {
			const r = call(me, [new PyTuple(bases)]);
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
