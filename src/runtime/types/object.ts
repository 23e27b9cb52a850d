/*
 * object.ts
 * The methods of `object`: construction, the generic attribute protocol, identity equality and
 * hashing, the default repr/str/format, __class__/__dict__, __dir__, __init_subclass__.
 */

import {
	PyObject,
	PyType,
	PyValue,
	Kwargs,
	None,
	NotImplemented,
	True,
	False,
	objectType,
	typeType,
	typeOf,
	PyBoxed,
	type PyDictLike,
} from '../objects/object';
import { typeError, attributeError, PyException } from '../objects/exceptions';
import {
	setObjectNewInit,
	setAbstractCheck,
	setObjectGetAttribute,
	setObjectSetDelAttr,
	setObjectHashEq,
	genericGetAttr,
	genericSetAttr,
	genericDelAttr,
	noAttribute,
	defaultRepr,
	repr,
	reprSlot,
	str,
	objectId,
	newInstanceDict,
	typeName,
	isTrue,
	callMethodValue,
	richCompare,
	CmpOp,
	toArray,
} from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { method, setNew, getset, classMethod, exactlyOne, noKw } from './util';
import { PyList } from '../objects/containers';
import { PyModule } from '../objects/function';

function excessArgs(args: PyValue[], kwargs: Kwargs | null, offset: number): boolean {
	return args.length > offset || (kwargs !== null && kwargs.size > 0);
}

/** Abstract-method check of object.__new__ (ABCs set __abstractmethods__ on the class). */
function checkAbstract(cls: PyType): void {
	const am = cls.lookup('__abstractmethods__');
	if (am === undefined || typeof am !== 'object' || am instanceof PyType) return;
	let names: PyValue[];
	try {
		names = toArray(am);
	} catch {
		return;
	}
	if (names.length === 0) return;
	const sorted = names.map((n) => (typeof n === 'string' ? n : repr(n))).sort();
	if (rt.minor >= 12) {
		const list = sorted.map((n) => `'${n}'`).join(', ');
		throw typeError(
			`Can't instantiate abstract class ${cls.name} without an implementation for abstract method${sorted.length > 1 ? 's' : ''} ${list}`
		);
	}
	throw typeError(
		`Can't instantiate abstract class ${cls.name} with abstract method${sorted.length > 1 ? 's' : ''} ${sorted.join(', ')}`
	);
}

/** object.__new__(cls, *args). */
export function objectNewImpl(args: PyValue[], kwargs: Kwargs | null): PyValue {
	if (args.length === 0) throw typeError('object.__new__(): not enough arguments');
	const cls = args[0];
	if (!(cls instanceof PyType))
		throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
	if (excessArgs(args, kwargs, 1)) {
		if (cls.lookup('__new__') !== objectNewFn)
			throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
		if (cls.lookup('__init__') === objectInitFn) throw typeError(`${cls.name}() takes no arguments`);
	}
	if (cls.alloc === null) throw typeError(`cannot create '${cls.name}' instances`);
	if (cls !== objectType && cls.isBuiltin && cls.lookup('__new__') !== objectNewFn) {
		throw typeError(`object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
	}
	checkAbstract(cls);
	const obj = cls.alloc(cls);
	if (cls.hasInstanceDict && obj.dict === null) obj.dict = newInstanceDict();
	return obj;
}

function objectInitImpl(args: PyValue[], kwargs: Kwargs | null): PyValue {
	if (excessArgs(args, kwargs, 1)) {
		const t = typeOf(args[0]);
		if (t.lookup('__init__') !== objectInitFn)
			throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
		if (t.lookup('__new__') === objectNewFn)
			throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
	}
	return None;
}

/** dir() for an ordinary object: its __dict__ keys plus its class's attributes. */
export function objectDir(obj: PyValue): string[] {
	const names = new Set<string>();
	if (typeof obj === 'object' && obj.dict !== null) {
		for (const k of obj.dict.keyList()) if (typeof k === 'string') names.add(k);
	}
	const t = typeOf(obj);
	for (const base of t.mro) for (const k of base.ns.keys()) names.add(k);
	return [...names];
}

export function dirList(names: Iterable<string>): PyList {
	return new PyList([...names]);
}

setNew(objectType, objectNewImpl);
const objectNewFn = objectType.ns.get('__new__')!;
const objectInitFn = method(objectType, '__init__', objectInitImpl);
setObjectNewInit(objectNewFn, objectInitFn);
setAbstractCheck(checkAbstract);

setObjectGetAttribute(
	method(objectType, '__getattribute__', (args, kwargs) => {
		noKw('__getattribute__', kwargs);
		if (args.length !== 2) throw typeError(`expected 1 argument, got ${args.length - 1}`);
		const name = args[1];
		if (typeof name !== 'string')
			throw typeError(`attribute name must be string, not '${typeName(name)}'`);
		const v = genericGetAttr(args[0], name);
		if (v === undefined) throw noAttribute(args[0], name);
		return v;
	})
);
const setattrDescr = method(objectType, '__setattr__', (args) => {
	if (args.length !== 3) throw typeError(`expected 2 arguments, got ${args.length - 1}`);
	const name = args[1];
	if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
	genericSetAttr(args[0], name, args[2]);
	return None;
});
const delattrDescr = method(objectType, '__delattr__', (args) => {
	if (args.length !== 2) throw typeError(`expected 1 argument, got ${args.length - 1}`);
	const name = args[1];
	if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
	genericDelAttr(args[0], name);
	return None;
});
setObjectSetDelAttr(setattrDescr, delattrDescr);

const hashDescr = method(objectType, '__hash__', (args) => Math.floor(objectId(args[0]) / 16));
const eqDescr = method(objectType, '__eq__', (args) => (args[0] === args[1] ? True : NotImplemented));
setObjectHashEq(hashDescr, eqDescr);
method(objectType, '__ne__', (args) => {
	const self = args[0];
	const eq = typeOf(self).lookup('__eq__');
	if (eq === undefined) return NotImplemented;
	const r = callMethodValue(eq, self, [args[1]]);
	if (r === NotImplemented) return r;
	return isTrue(r) ? False : True;
});
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) {
	method(objectType, name, () => NotImplemented);
}
method(objectType, '__repr__', (args) => defaultRepr(args[0]));
// object_str calls the type's tp_repr directly: PyObject_Str's guard is the only one.
method(objectType, '__str__', (args) => reprSlot(args[0]));
method(objectType, '__format__', (args) => {
	const spec = args[1];
	if (typeof spec !== 'string')
		throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
	if (spec !== '') throw typeError(`unsupported format string passed to ${typeName(args[0])}.__format__`);
	return str(args[0]);
});
method(objectType, '__dir__', (args) => dirList(objectDir(args[0])));
method(objectType, '__sizeof__', (args) => (typeof args[0] === 'object' && args[0].dict ? 32 : 16));
method(objectType, '__reduce_ex__', () => {
	throw typeError('object.__reduce_ex__ is not supported by this runtime');
});
method(objectType, '__reduce__', (args) => {
	const self = args[0];
	throw typeError(`cannot pickle '${typeName(self)}' object`);
});
method(objectType, '__getstate__', (args) => {
	const self = args[0];
	return typeof self === 'object' && self.dict !== null ? self.dict : None;
});
classMethod(objectType, '__init_subclass__', (args, kwargs) => {
	if (kwargs !== null && kwargs.size > 0) {
		const cls = args[0] as PyType;
		throw typeError(`${cls.name}.__init_subclass__() takes no keyword arguments`);
	}
	if (args.length > 1) {
		const cls = args[0] as PyType;
		throw typeError(`${cls.name}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
	}
	return None;
});
classMethod(objectType, '__subclasshook__', (args, kwargs) => {
	if (rt.minor >= 13) exactlyOne('object.__subclasshook__', args, kwargs, 1);
	return NotImplemented;
});
objectType.ns.set('__doc__', 'The base class of the class hierarchy.');

function isCompatibleLayout(a: PyType, b: PyType): boolean {
	const solid = (t: PyType): PyType => {
		for (const m of t.mro) if (m.isBuiltin) return m;
		return objectType;
	};
	return solid(a) === solid(b);
}

getset(
	objectType,
	'__class__',
	(self) => typeOf(self),
	(self, value) => {
		if (!(value instanceof PyType))
			throw typeError(`__class__ must be set to a class, not '${typeName(value)}' object`);
		const old = typeOf(self);
		if (typeof self !== 'object' || self instanceof PyBoxed || old.isBuiltin || value.isBuiltin) {
			if (!(self instanceof PyModule) || !value.isSubtypeOf(old.mro[old.mro.length - 2] ?? old))
				throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
		}
		if (!isCompatibleLayout(old, value))
			throw typeError(`__class__ assignment: '${value.name}' object layout differs from '${old.name}'`);
		(self).cls = value;
	}
);

getset(
	objectType,
	'__dict__',
	(self) => {
		if (typeof self === 'object' && self.dict !== null) return self.dict;
		throw noAttribute(self, '__dict__');
	},
	(self, value) => {
		if (typeof self !== 'object' || self.dict === null) throw noAttribute(self, '__dict__');
		if (!(value instanceof PyObject) || !typeOf(value).isSubtypeOf(typeOf(self.dict)))
			throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
		self.dict = value as PyDictLike;
	}
);

/** Generic rich comparison helper for natives: a < b as a JS boolean. */
export function lessThan(a: PyValue, b: PyValue): boolean {
	return isTrue(richCompare(a, b, CmpOp.Lt));
}

export { objectType, typeType, attributeError, PyException };
