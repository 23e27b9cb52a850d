/*
 * type.ts
 * The methods and attributes of `type` (name, qualname, module, bases, mro, __dict__ as a
 * mappingproxy, __subclasses__, __instancecheck__/__subclasscheck__, __call__, 3-arg __new__,
 * __prepare__, `X | Y` unions), isinstance/issubclass, and the mappingproxy and UnionType types.
 */

import {
	PyObject,
	PyType,
	PyValue,
	None,
	NotImplemented,
	typeType,
	objectType,
	noneType,
	Ellipsis,
	intType,
	floatType,
	strType,
	typeOf,
	makeBuiltinType,
	pyBool,
} from '../objects/object';
import { typeError } from '../objects/exceptions';
import { PyDict, PyTuple, PyList, newTuple } from '../objects/containers';
import { PyGetSet } from '../objects/function';
import {
	typeCallDefault,
	typeName,
	repr,
	getAttrOpt,
	call,
	isTrue,
	callMethodValue,
	registerIdentityHashType,
	getIter,
	getItem,
	len,
	contains,
	hashValue,
	richEq,
} from '../objects/protocol';
import { calculateMetaclass, newClass, classRepr } from '../objects/classes';
import { rt } from '../objects/runtimeState';
import { method, setNew, getset, classMethod, posOnly, dottedTypeName } from './util';

registerIdentityHashType(typeType);

// ---------------------------------------------------------------------------------------------
// mappingproxy: a read-only view of a mapping (used for cls.__dict__).

export const mappingProxyType = makeBuiltinType('mappingproxy');

export class PyMappingProxy extends PyObject {
	constructor(public mapping: PyValue) {
		super(mappingProxyType);
	}
}

/** A snapshot dict of a type's namespace. */
export function typeNsDict(t: PyType): PyDict {
	const d = new PyDict();
	for (const [k, v] of t.ns) d.set(k, v);
	return d;
}

const mpSelf = (v: PyValue): PyMappingProxy => v as PyMappingProxy;
setNew(mappingProxyType, (args, kwargs) => {
	const fnArgs = args.slice(1);
	if (kwargs && kwargs.has('mapping')) fnArgs.push(kwargs.get('mapping')!);
	if (fnArgs.length !== 1) throw typeError(`mappingproxy() missing required argument 'mapping' (pos 1)`);
	const m = fnArgs[0];
	if (typeOf(m).lookup('__getitem__') === undefined || m instanceof PyList || m instanceof PyTuple)
		throw typeError(`mappingproxy() argument must be a mapping, not ${typeName(m)}`);
	return new PyMappingProxy(m);
});
method(mappingProxyType, '__getitem__', (args) => getItem(mpSelf(args[0]).mapping, args[1]));
method(mappingProxyType, '__len__', (args) => len(mpSelf(args[0]).mapping));
method(mappingProxyType, '__iter__', (args) => getIter(mpSelf(args[0]).mapping));
method(mappingProxyType, '__contains__', (args) => pyBool(contains(mpSelf(args[0]).mapping, args[1])));
method(mappingProxyType, '__repr__', (args) => `mappingproxy(${repr(mpSelf(args[0]).mapping)})`);
method(mappingProxyType, '__str__', (args) => `${repr(mpSelf(args[0]).mapping)}`);
method(mappingProxyType, '__eq__', (args) => pyBool(richEq(mpSelf(args[0]).mapping, args[1])));
for (const name of ['keys', 'values', 'items', 'copy']) {
	method(mappingProxyType, name, (args) => {
		const m = mpSelf(args[0]).mapping;
		const f = getAttrOpt(m, name);
		if (f === undefined) throw typeError(`'${typeName(m)}' object has no attribute '${name}'`);
		return call(f, []);
	});
}
method(mappingProxyType, 'get', (args) => {
	posOnly('get', args, null, 1, 2, 1);
	const f = getAttrOpt(mpSelf(args[0]).mapping, 'get')!;
	return call(f, args.slice(1));
});
mappingProxyType.ns.set('__hash__', None);

// ---------------------------------------------------------------------------------------------
// types.UnionType (X | Y, 3.10+).

export const unionType = dottedTypeName(makeBuiltinType('UnionType', objectType, null, 'types'));

export class PyUnion extends PyObject {
	constructor(public args: PyValue[]) {
		super(unionType);
	}
}

function unionArgs(v: PyValue): PyValue[] | null {
	if (v === None) return [noneType];
	if (v instanceof PyType || v instanceof PyGenericAlias) return [v];
	if (v instanceof PyUnion) return v.args;
	return null;
}

/** X | Y for types (None allowed on either side); NotImplemented for other operands. */
export function makeUnion(a: PyValue, b: PyValue): PyValue {
	const aa = unionArgs(a);
	const bb = unionArgs(b);
	if (aa === null || bb === null) return NotImplemented;
	const out: PyValue[] = [];
	for (const x of [...aa, ...bb]) if (!out.includes(x)) out.push(x);
	if (out.length === 1) return out[0];
	return new PyUnion(out);
}

function unionArgRepr(v: PyValue): string {
	if (v === noneType) return 'None';
	if (v instanceof PyGenericAlias) return gaRepr(v);
	if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
	return repr(v);
}

method(unionType, '__repr__', (args) => (args[0] as PyUnion).args.map(unionArgRepr).join(' | '));
method(unionType, '__or__', (args) => makeUnion(args[0], args[1]));
method(unionType, '__ror__', (args) => makeUnion(args[1], args[0]));
method(unionType, '__eq__', (args) => {
	const o = args[1];
	if (!(o instanceof PyUnion)) return NotImplemented;
	const a = (args[0] as PyUnion).args;
	return pyBool(a.length === o.args.length && a.every((x) => o.args.includes(x)));
});
method(unionType, '__hash__', (args) => {
	let h = 0;
	for (const x of (args[0] as PyUnion).args) h ^= hashValue(x);
	return h;
});
getset(unionType, '__args__', (self) => newTuple((self as PyUnion).args.slice()));
method(unionType, '__instancecheck__', (args) => pyBool(isInstanceOf(args[1], args[0])));
method(unionType, '__subclasscheck__', (args) => pyBool(isSubclassOf(args[1], args[0])));

// ---------------------------------------------------------------------------------------------
// isinstance / issubclass.

/** The __class__ of obj as seen by isinstance (may differ from type(obj) for proxies). */
function classOf(obj: PyValue): PyValue {
	if (typeof obj !== 'object' || obj.cls.isBuiltin) return typeOf(obj);
	const c = getAttrOpt(obj, '__class__');
	return c === undefined ? typeOf(obj) : c;
}

/** type.__instancecheck__ default. */
export function typeInstanceCheck(cls: PyType, obj: PyValue): boolean {
	const t = typeOf(obj);
	if (t.isSubtypeOf(cls)) return true;
	const c = classOf(obj);
	return c !== t && c instanceof PyType && c.isSubtypeOf(cls);
}

function checkClassInfo(v: PyValue, fname: string): void {
	const ok =
		v instanceof PyType ||
		v instanceof PyUnion ||
		(v instanceof PyTuple) ||
		(typeof v === 'object' && getAttrOpt(v, '__bases__') !== undefined);
	if (!ok) {
		throw typeError(
			fname === 'isinstance'
				? rt.minor >= 10
					? 'isinstance() arg 2 must be a type, a tuple of types, or a union'
					: 'isinstance() arg 2 must be a type or tuple of types'
				: rt.minor >= 10
					? 'issubclass() arg 2 must be a class, a tuple of classes, or a union'
					: 'issubclass() arg 2 must be a class or tuple of classes'
		);
	}
}

/** isinstance(obj, clsinfo) with tuples, unions and __instancecheck__. */
export function isInstanceOf(obj: PyValue, clsinfo: PyValue): boolean {
	if (clsinfo instanceof PyType) {
		if (typeOf(obj) === clsinfo) return true;
		const meta = clsinfo.cls;
		if (meta !== typeType) {
			const ic = meta.lookup('__instancecheck__');
			if (ic !== undefined && ic !== typeInstanceCheckDescr) return isTrue(callMethodValue(ic, clsinfo, [obj]));
		}
		return typeInstanceCheck(clsinfo, obj);
	}
	if (clsinfo instanceof PyTuple) {
		for (const c of clsinfo.items) if (isInstanceOf(obj, c)) return true;
		return false;
	}
	if (clsinfo instanceof PyUnion && rt.minor >= 10) {
		for (const c of clsinfo.args) if (isInstanceOf(obj, c)) return true;
		return false;
	}
	if (clsinfo instanceof PyGenericAlias) throw typeError('isinstance() argument 2 cannot be a parameterized generic');
	checkClassInfo(clsinfo, 'isinstance');
	const ic = typeOf(clsinfo).lookup('__instancecheck__');
	if (ic !== undefined) return isTrue(callMethodValue(ic, clsinfo, [obj]));
	return false;
}

function isClassLike(v: PyValue): boolean {
	if (v instanceof PyType) return true;
	if (typeof v !== 'object') return false;
	const b = getAttrOpt(v, '__bases__');
	return b instanceof PyTuple;
}

/** type.__subclasscheck__ default. */
export function typeSubclassCheck(cls: PyValue, sub: PyValue): boolean {
	if (!isClassLike(sub)) throw typeError('issubclass() arg 1 must be a class');
	if (sub instanceof PyType && cls instanceof PyType) return sub.isSubtypeOf(cls);
	// abstract classes: walk __bases__
	if (sub === cls) return true;
	const bases = getAttrOpt(sub, '__bases__');
	if (bases instanceof PyTuple) for (const b of bases.items) if (typeSubclassCheck(cls, b)) return true;
	return false;
}

/** issubclass(sub, clsinfo). */
export function isSubclassOf(sub: PyValue, clsinfo: PyValue): boolean {
	if (clsinfo instanceof PyType) {
		const meta = clsinfo.cls;
		if (meta !== typeType) {
			const sc = meta.lookup('__subclasscheck__');
			if (sc !== undefined && sc !== typeSubclassCheckDescr) return isTrue(callMethodValue(sc, clsinfo, [sub]));
		}
		return typeSubclassCheck(clsinfo, sub);
	}
	if (clsinfo instanceof PyTuple) {
		for (const c of clsinfo.items) if (isSubclassOf(sub, c)) return true;
		return false;
	}
	if (clsinfo instanceof PyUnion && rt.minor >= 10) {
		if (!isClassLike(sub)) throw typeError('issubclass() arg 1 must be a class');
		for (const c of clsinfo.args) if (isSubclassOf(sub, c)) return true;
		return false;
	}
	if (clsinfo instanceof PyGenericAlias) throw typeError('issubclass() argument 2 cannot be a parameterized generic');
	checkClassInfo(clsinfo, 'issubclass');
	const sc = typeOf(clsinfo).lookup('__subclasscheck__');
	if (sc !== undefined) return isTrue(callMethodValue(sc, clsinfo, [sub]));
	return typeSubclassCheck(clsinfo, sub);
}

// ---------------------------------------------------------------------------------------------
// type's methods.

const T = (v: PyValue): PyType => {
	if (!(v instanceof PyType)) throw typeError(`descriptor requires a 'type' object but received '${typeName(v)}'`);
	return v;
};

setNew(typeType, (args, kwargs) => {
	const meta = args[0];
	if (!(meta instanceof PyType)) throw typeError(`type.__new__(X): X is not a type object (${typeName(meta)})`);
	if (!meta.isSubtypeOf(typeType)) throw typeError(`type.__new__(${meta.name}): ${meta.name} is not a subtype of type`);
	const n = args.length - 1;
	if (n === 1 && meta === typeType && (!kwargs || kwargs.size === 0)) return typeOf(args[1]);
	if (n !== 3) {
		throw typeError(n === 1 || meta === typeType ? 'type() takes 1 or 3 arguments' : `type.__new__() takes exactly 3 arguments (${n} given)`);
	}
	const [name, bases, ns] = [args[1], args[2], args[3]];
	if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
	if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
	if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
	const baseTypes: PyType[] = [];
	for (const b of bases.items) {
		if (!(b instanceof PyType)) throw typeError(`type.__new__() argument 2 must be tuple of types`);
		baseTypes.push(b);
	}
	const winner = calculateMetaclass(meta, baseTypes);
	if (winner !== meta) {
		const wn = winner.lookup('__new__');
		if (wn !== undefined && wn !== typeNewFn) return call(wn, [winner, name, bases, ns], kwargs);
	}
	if (ns.getStr('__module__') === undefined && rt.mainDict instanceof PyDict) {
		const modName = rt.mainDict.getStr('__name__');
		if (modName !== undefined) ns.setStr('__module__', modName);
	}
	for (const b of baseTypes) {
		if (b.isBuiltin && b.alloc === null && b !== objectType)
			throw typeError(`type '${b.name}' is not an acceptable base type`);
	}
	let solid: PyType | null = null;
	for (const b of baseTypes) {
		const s = solidBase(b);
		if (solid === null || s.isSubtypeOf(solid)) solid = s;
		else if (!solid.isSubtypeOf(s)) throw typeError('multiple bases have instance lay-out conflict');
	}
	return newClass(winner, name, baseTypes, ns, kwargs);
});
const typeNewFn = typeType.ns.get('__new__')!;

/** The builtin type that determines the instance layout of t (CPython's solid_base). */
export function solidBase(t: PyType): PyType {
	for (const m of t.mro) {
		if (!m.isBuiltin || m === objectType) continue;
		if (m.alloc === objectType.alloc && !BOXED_TYPES.has(m)) continue;
		// Exception subclasses share BaseException's layout.
		let root = m;
		for (const x of m.mro) if (x !== objectType && x.isBuiltin && x.alloc === m.alloc && !BOXED_TYPES.has(m)) root = x;
		return root;
	}
	return objectType;
}
const BOXED_TYPES = new Set<PyType>([intType, floatType, strType]);

method(typeType, '__init__', (args, kwargs) => {
	const n = args.length - 1;
	if (n !== 1 && n !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
	void kwargs;
	return None;
});
method(typeType, '__call__', (args, kwargs) => typeCallDefault(T(args[0]), args.slice(1), kwargs));
method(typeType, '__repr__', (args) => classRepr(T(args[0])));
method(typeType, 'mro', (args) => new PyList(T(args[0]).mro.slice()));
method(typeType, '__subclasses__', (args) => {
	const t = T(args[0]);
	const out: PyValue[] = [];
	if (t.subclassRefs) {
		t.subclassRefs = t.subclassRefs.filter((r) => r.deref() !== undefined);
		for (const r of t.subclassRefs) {
			const s = r.deref();
			if (s && s.bases.includes(t)) out.push(s);
		}
	}
	return new PyList(out);
});
const typeInstanceCheckDescr = method(typeType, '__instancecheck__', (args) =>
	pyBool(typeInstanceCheck(T(args[0]), args[1]))
);
const typeSubclassCheckDescr = method(typeType, '__subclasscheck__', (args) =>
	pyBool(typeSubclassCheck(T(args[0]), args[1]))
);
classMethod(typeType, '__prepare__', () => new PyDict());
classMethod(typeType, '__class_getitem__', (args) => classGetItem(args[0], args[1]));
method(typeType, '__dir__', (args) => {
	const t = T(args[0]);
	const names = new Set<string>();
	for (const b of t.mro) for (const k of b.ns.keys()) names.add(k);
	return new PyList([...names]);
});
method(typeType, '__sizeof__', () => 400);
method(typeType, '__or__', (args) => (rt.minor >= 10 ? makeUnion(args[0], args[1]) : NotImplemented));
method(typeType, '__ror__', (args) => (rt.minor >= 10 ? makeUnion(args[1], args[0]) : NotImplemented));

function checkHeapType(t: PyType, name: string): void {
	if (t.isBuiltin)
		throw typeError(
			rt.minor >= 12
				? `cannot set '${name}' attribute of immutable type '${t.name}'`
				: `can't set attributes of built-in/extension type '${t.name}'`
		);
}

getset(
	typeType,
	'__name__',
	(self) => {
		const t = T(self);
		return t.isBuiltin && t.name.includes('.') ? t.name.slice(t.name.lastIndexOf('.') + 1) : t.name;
	},
	(self, v) => {
		const t = T(self);
		checkHeapType(t, '__name__');
		if (typeof v !== 'string') throw typeError(`can only assign string to ${t.name}.__name__, not '${typeName(v)}'`);
		t.name = v;
	}
);
getset(
	typeType,
	'__qualname__',
	(self) => T(self).qualname,
	(self, v) => {
		const t = T(self);
		checkHeapType(t, '__qualname__');
		if (typeof v !== 'string') throw typeError(`can only assign string to ${t.name}.__qualname__, not '${typeName(v)}'`);
		t.qualname = v;
	}
);
getset(
	typeType,
	'__module__',
	(self) => {
		const t = T(self);
		if (!t.isBuiltin) {
			const m = t.ns.get('__module__');
			if (m !== undefined) return m;
		}
		return t.module;
	},
	(self, v) => {
		const t = T(self);
		checkHeapType(t, '__module__');
		t.setAttr('__module__', v);
		if (typeof v === 'string') t.module = v;
	}
);
getset(
	typeType,
	'__doc__',
	(self) => {
		const t = T(self);
		const d = t.ns.get('__doc__');
		if (d !== undefined && !(d instanceof PyGetSet)) return d;
		return t.doc ?? None;
	},
	(self, v) => {
		const t = T(self);
		checkHeapType(t, '__doc__');
		t.setAttr('__doc__', v);
	}
);
getset(
	typeType,
	'__bases__',
	(self) => {
		const t = T(self);
		return t === objectType ? newTuple([]) : newTuple(t.bases.slice());
	}
);
getset(typeType, '__base__', (self) => {
	const t = T(self);
	return t.bases.length ? t.bases[0] : None;
});
getset(typeType, '__mro__', (self) => newTuple(T(self).mro.slice()));
getset(typeType, '__dict__', (self) => new PyMappingProxy(typeNsDict(T(self))));
getset(typeType, '__basicsize__', (self) => (T(self).hasInstanceDict ? 16 : 16));
getset(typeType, '__flags__', (self) => (T(self).isBuiltin ? 0 : 1 << 9));
getset(typeType, '__text_signature__', () => None);
getset(
	typeType,
	'__abstractmethods__',
	(self) => {
		const t = T(self);
		const v = t.ns.get('__abstractmethods__');
		if (v === undefined || t === typeType) throw typeError('__abstractmethods__');
		return v;
	},
	(self, v) => {
		T(self).setAttr('__abstractmethods__', v);
	}
);
getset(
	typeType,
	'__annotations__',
	(self) => {
		const t = T(self);
		let v = t.ns.get('__annotations__');
		if (v === undefined) {
			if (t.isBuiltin) throw typeError(`type object '${t.name}' has no attribute '__annotations__'`);
			v = new PyDict();
			t.setAttr('__annotations__', v);
		}
		return v;
	},
	(self, v) => {
		const t = T(self);
		checkHeapType(t, '__annotations__');
		t.setAttr('__annotations__', v);
	}
);
typeType.doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";


// ---------------------------------------------------------------------------------------------
// types.GenericAlias (list[int], dict[str, int] ... 3.9+).

export const genericAliasType = dottedTypeName(makeBuiltinType('GenericAlias', objectType, null, 'types'));

export class PyGenericAlias extends PyObject {
	constructor(
		public origin: PyValue,
		public args: PyValue[]
	) {
		super(genericAliasType);
	}
}

/** cls[item] for builtin generic classes: a GenericAlias (3.9+), TypeError before. */
export function classGetItem(cls: PyValue, item: PyValue): PyValue {
	if (rt.minor < 9) throw typeError(`'type' object is not subscriptable`);
	return new PyGenericAlias(cls, item instanceof PyTuple ? item.items.slice() : [item]);
}

function gaItemRepr(v: PyValue): string {
	if (v === Ellipsis) return '...';
	if (v instanceof PyGenericAlias) return gaRepr(v);
	if (v instanceof PyType) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
	// collections.abc.Callable[[int], str]: the argument list (_CallableGenericAlias's repr).
	if (v instanceof PyList) return `[${v.items.map(gaItemRepr).join(', ')}]`;
	return repr(v);
}
function gaRepr(g: PyGenericAlias): string {
	const args = g.args.length === 0 ? '()' : g.args.map(gaItemRepr).join(', ');
	return `${gaItemRepr(g.origin)}[${args}]`;
}

const GA = (v: PyValue): PyGenericAlias => v as PyGenericAlias;
// GenericAlias(origin, args): collections.abc's __class_getitem__ and user code build them.
setNew(genericAliasType, (args, kwargs) => {
	if (kwargs !== null && kwargs.size > 0) throw typeError('GenericAlias() takes no keyword arguments');
	if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${args.length - 1}`);
	const item = args[2];
	return new PyGenericAlias(args[1], item instanceof PyTuple ? item.items.slice() : [item]);
});
method(genericAliasType, '__repr__', (args) => gaRepr(GA(args[0])));
method(genericAliasType, '__call__', (args, kwargs) => call(GA(args[0]).origin, args.slice(1), kwargs));
method(genericAliasType, '__eq__', (args) => {
	const a = GA(args[0]);
	const b = args[1];
	if (!(b instanceof PyGenericAlias)) return NotImplemented;
	return pyBool(a.origin === b.origin && a.args.length === b.args.length && a.args.every((x, i) => x === b.args[i] || richEq(x, b.args[i])));
});
method(genericAliasType, '__hash__', (args) => {
	const g = GA(args[0]);
	let h = hashValue(g.origin);
	for (const x of g.args) h = (h * 1000003) ^ hashValue(x);
	return h | 0;
});
method(genericAliasType, '__mro_entries__', (args) => newTuple([GA(args[0]).origin]));
method(genericAliasType, '__or__', (args) => (rt.minor >= 10 ? makeUnion(args[0], args[1]) : NotImplemented));
method(genericAliasType, '__ror__', (args) => (rt.minor >= 10 ? makeUnion(args[1], args[0]) : NotImplemented));
method(genericAliasType, '__instancecheck__', () => {
	throw typeError('isinstance() argument 2 cannot be a parameterized generic');
});
method(genericAliasType, '__subclasscheck__', () => {
	throw typeError('issubclass() argument 2 cannot be a parameterized generic');
});
getset(genericAliasType, '__origin__', (self) => GA(self).origin);
getset(genericAliasType, '__args__', (self) => newTuple(GA(self).args.slice()));
getset(genericAliasType, '__parameters__', () => newTuple([]));
method(genericAliasType, '__getattr__', (args) => {
	const name = args[1] as string;
	const v = getAttrOpt(GA(args[0]).origin, name);
	if (v === undefined) throw typeError(`'types.GenericAlias' object has no attribute '${name}'`);
	return v;
});
