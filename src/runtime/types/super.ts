/*
 * super.ts
 * The super type: super(T, obj) / super(T, cls) attribute lookup along the MRO after T.
 * Zero-argument super() asks the VM through `superHooks.zeroArg` for (__class__, first arg).
 */

import { PyObject, PyType, PyValue, None, typeType, objectType, typeOf } from '../objects/object';
import { typeError, runtimeError } from '../objects/exceptions';
import {
	PyFunction,
	PyMethod,
	PyBuiltin,
	PyMethodDescriptor,
	PyClassMethod,
	PyClassMethodDescriptor,
	PyStaticMethod,
	PyProperty,
	PyGetSet,
} from '../objects/function';
import { bindDescriptor, callMethodValue, genericGetAttr, noAttribute, repr, typeName, registerIdentityHashType } from '../objects/protocol';
import { classRepr } from '../objects/classes';
import { method, setNew, getset } from './util';
import { rt } from '../objects/runtimeState';

/** Installed by the VM: returns [__class__ cell value, first argument] of the calling frame. */
export const superHooks = {
	zeroArg: null as null | (() => [PyValue, PyValue]),
};

// Not flagged builtin so that the protocol consults super.__getattribute__.
export const superType = new PyType(typeType, 'super', [objectType], new Map(), {
	builtin: false,
	module: 'builtins',
	alloc: (cls) => new PySuper(cls),
});
superType.hasInstanceDict = false;
superType.extra = { final: false };
registerIdentityHashType(superType);

export class PySuper extends PyObject {
	thisType: PyType | null = null;
	obj: PyValue = None;
	objType: PyType | null = null;
	constructor(cls: PyType = superType) {
		super(cls);
	}
}

/** The type used for MRO lookups of super(T, obj). */
function superCheck(t: PyType, obj: PyValue): PyType {
	if (obj instanceof PyType && obj.isSubtypeOf(t)) return obj;
	const ot = typeOf(obj);
	if (ot.isSubtypeOf(t)) return ot;
	if (rt.minor < 13) throw typeError('super(type, obj): obj must be an instance or subtype of type');
	throw typeError(
		`super(type, obj): obj (${obj instanceof PyType ? `type ${obj.name}` : `instance of ${ot.name}`}) is not an instance or subtype of type (${t.name}).`
	);
}

/** Initialises a super object (super.__init__). */
export function superInit(s: PySuper, t: PyValue | undefined, obj: PyValue | undefined): void {
	if (t === undefined) {
		if (!superHooks.zeroArg) throw runtimeError('super(): no arguments');
		[t, obj] = superHooks.zeroArg();
	}
	if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be ${rt.minor >= 11 ? 'a type' : 'type'}, not ${typeName(t)}`);
	s.thisType = t;
	if (obj === undefined || obj === None) {
		s.obj = None;
		s.objType = null;
		return;
	}
	s.objType = superCheck(t, obj);
	s.obj = obj;
}

/** Looks `name` up for super(thisType, obj); undefined when not found in the remaining MRO. */
export function superLookup(thisType: PyType, obj: PyValue, objType: PyType, name: string): PyValue | undefined {
	const mro = objType.mro;
	let i = mro.indexOf(thisType);
	if (i < 0) return undefined;
	for (i++; i < mro.length; i++) {
		const v = mro[i].ns.get(name);
		if (v === undefined) continue;
		if (obj === objType) {
			// super(T, cls): bind like attribute access on the class.
			if (v instanceof PyClassMethod) return new PyMethod(v.func, objType);
			if (v instanceof PyClassMethodDescriptor) return new PyBuiltin(v.name, v.fn, objType);
			if (v instanceof PyStaticMethod) return v.func;
			if (v instanceof PyFunction || v instanceof PyMethodDescriptor || v instanceof PyProperty || v instanceof PyGetSet) return v;
			if (typeof v === 'object' && !(v instanceof PyType) && !v.cls.isBuiltin) {
				const get = v.cls.lookup('__get__');
				if (get !== undefined) return callMethodValue(get, v, [None, objType]);
			}
			return v;
		}
		if (v instanceof PyClassMethod) return new PyMethod(v.func, objType);
		if (v instanceof PyClassMethodDescriptor) return new PyBuiltin(v.name, v.fn, objType);
		return bindDescriptor(v, obj, objType);
	}
	return undefined;
}

const S = (v: PyValue): PySuper => v as PySuper;
setNew(superType, (args) => {
	const cls = args[0] as PyType;
	return new PySuper(cls);
});
method(superType, '__init__', (args, kwargs) => {
	if (kwargs !== null && kwargs.size > 0) throw typeError('super() takes no keyword arguments');
	if (args.length > 3) throw typeError(`super() takes at most 2 arguments (${args.length - 1} given)`);
	superInit(S(args[0]), args[1], args[2]);
	return None;
});
method(superType, '__getattribute__', (args) => {
	const s = S(args[0]);
	const name = args[1] as string;
	if (s.objType !== null && s.thisType !== null && name !== '__class__') {
		const v = superLookup(s.thisType, s.obj, s.objType, name);
		if (v !== undefined) return v;
	}
	const g = genericGetAttr(s, name);
	if (g !== undefined) return g;
	throw noAttribute(s, name);
});
method(superType, '__get__', (args) => {
	const s = S(args[0]);
	const obj = args[1];
	if (obj === undefined || obj === None || s.objType !== null) return s;
	const r = new PySuper(s.cls);
	superInit(r, s.thisType!, obj);
	return r;
});
method(superType, '__repr__', (args) => {
	const s = S(args[0]);
	const t = s.thisType ? classRepr(s.thisType) : 'NULL';
	if (s.objType === null) return `<super: ${t}, NULL>`;
	return `<super: ${t}, <${s.objType.name} object>>`;
});
getset(superType, '__thisclass__', (self) => S(self).thisType ?? None);
getset(superType, '__self__', (self) => S(self).obj);
getset(superType, '__self_class__', (self) => S(self).objType ?? None);

export { repr };
