/*
 * protocol.ts
 * The generic object protocol (CPython's abstract.c/object.c): attribute access with
 * descriptors, calls, repr/str/hash/equality, rich comparison, arithmetic dispatch with
 * reflected operands, truth testing, iteration, subscription, len and membership.
 */

import {
	PyObject,
	PyType,
	PyValue,
	Kwargs,
	None,
	NotImplemented,
	Ellipsis,
	True,
	False,
	PyBool,
	PyFloat,
	PyBoxed,
	typeOf,
	typeType,
	type PyDictLike,
	objectType,
	intType,
	floatType,
	strType,
	pyBool,
	MroError,
} from './object';
import {
	PyException,
	TypeError,
	AttributeError,
	StopIteration,
	typeError,
	attributeError,
	newException,
	RecursionError,
	baseExceptionType,
} from './exceptions';
import {
	PyFunction,
	PyMethod,
	PyBuiltin,
	PyMethodDescriptor,
	PyClassMethodDescriptor,
	PyGetSet,
	PyProperty,
	PyClassMethod,
	PyStaticMethod,
	PyModule,
} from './function';
import { BinOp, BINOP_SYMBOLS, BINOP_INPLACE_SYMBOLS, BINOP_DUNDERS, numberBinary, numberCompare, asInt } from './numeric';
import { rt, LIMITS } from './runtimeState';
import * as I from '../lib/intOps';
import { strRepr, pyLen } from '../lib/strMethods';
import { floatRepr } from '../lib/floatFormat';
import { PyLibError } from '../lib/errors';
import { builtinExceptionTypes } from './exceptions';
import type { PyList, PyTuple } from './containers';
import { GETTING_REPR, GETTING_STR, IN_COMPARISON, callLevels, cLimitReached, enterCalls } from './cRecursion';

// ---------------------------------------------------------------------------------------------
// Hooks installed by the VM (kept here so the object layer never imports the VM).

export const hooks = {
	/** Emits a warning from native code (installed by the VM's warnings). */
	warn: (_category: string, _message: string): void => {},
	/** Calls a Python function (runs a new frame to completion). */
	callFunction: null as unknown as (fn: PyFunction, args: PyValue[], kwargs: Kwargs | null) => PyValue,
};

/** Converts an error thrown by a src/runtime/lib helper into the Python exception it names. */
export function fromLibError(e: unknown): unknown {
	if (e instanceof PyLibError) {
		const t = builtinExceptionTypes.get(e.kind);
		if (t) return newException(t, e.message);
	}
	return e;
}

// ---------------------------------------------------------------------------------------------
// Names and identity.

export function typeName(v: PyValue): string {
	return typeOf(v).name;
}

const ids = new WeakMap<object, number>();
/** id(): stable per object; ints and strs get ids derived from their value's identity. */
export function objectId(v: PyValue): number {
	if (typeof v !== 'object') return 0x1000 + (typeof v === 'number' ? v * 32 : 7);
	let id = ids.get(v);
	if (id === undefined) {
		id = 0x7f0000001000 + rt.nextId++ * 48;
		ids.set(v, id);
	}
	return id;
}

export function isNone(v: PyValue): boolean {
	return v === None;
}

// ---------------------------------------------------------------------------------------------
// Calls.

/**
 * Set for the next call(), which then skips the call guard: its caller has counted the levels
 * (callGuarded) or calls without a guard (callObject). A flag rather than a second function or
 * parameter: natives that call back into Python nest these JS frames, and the JS stack bounds how
 * deep such a recursion gets.
 */
let skipCallGuard = false;

/** call() inside its call guards. */
function callGuarded(f: PyValue, args: PyValue[], kwargs: Kwargs | null): PyValue {
	const levels = callLevels(f, args.length);
	enterCalls(levels);
	try {
		skipCallGuard = true;
		return call(f, args, kwargs);
	} finally {
		rt.depth -= levels;
	}
}

/** call() without the guard: for calls that CPython makes without one (3.11's specialised CALLs). */
export function callObject(f: PyValue, args: PyValue[], kwargs: Kwargs | null = null): PyValue {
	skipCallGuard = true;
	return call(f, args, kwargs);
}

/**
 * Calls any callable with positional args and optional keyword args (PyObject_Call): a builtin,
 * a type or an object with __call__ enters the " while calling a Python object" guard for the
 * duration of the call in 3.7–3.11 (see objects/cRecursion.ts callLevels).
 */
export function call(f: PyValue, args: PyValue[], kwargs: Kwargs | null = null): PyValue {
	if (skipCallGuard) skipCallGuard = false;
	else if (rt.minor <= 11 && callLevels(f, args.length) !== 0) return callGuarded(f, args, kwargs);
	if (f instanceof PyFunction) return hooks.callFunction(f, args, kwargs);
	if (f instanceof PyBuiltin) {
		try {
			return f.self === undefined ? f.fn(args, kwargs) : f.fn([f.self, ...args], kwargs);
		} catch (e) {
			throw fromLibError(e);
		}
	}
	if (f instanceof PyMethod) return call(f.func, [f.self, ...args], kwargs);
	if (f instanceof PyMethodDescriptor) {
		if (args.length === 0) throw typeError(`unbound method ${f.owner.name}.${f.name}() needs an argument`);
		if (!typeOf(args[0]).isSubtypeOf(f.owner))
			throw typeError(
				rt.minor <= 7 || (f.name.startsWith('__') && f.name.endsWith('__'))
					? `descriptor '${f.name}' requires a '${f.owner.name}' object but received a '${typeName(args[0])}'`
					: `descriptor '${f.name}' for '${f.owner.name}' objects doesn't apply to a '${typeName(args[0])}' object`
			);
		try {
			return f.fn(args, kwargs);
		} catch (e) {
			throw fromLibError(e);
		}
	}
	if (f instanceof PyType) return callType(f, args, kwargs);
	const m = typeOf(f).lookup('__call__');
	if (m === undefined) throw typeError(`'${typeName(f)}' object is not callable`);
	return callMethodValue(m, f, args, kwargs);
}

/** Calls an attribute found on a type (unbound) with `self` prepended, without allocating a bound method. */
export function callMethodValue(m: PyValue, self: PyValue, args: PyValue[], kwargs: Kwargs | null = null): PyValue {
	if (m instanceof PyFunction) return hooks.callFunction(m, [self, ...args], kwargs);
	if (m instanceof PyMethodDescriptor) {
		try {
			return m.fn([self, ...args], kwargs);
		} catch (e) {
			throw fromLibError(e);
		}
	}
	return call(bindDescriptor(m, self, typeOf(self)), args, kwargs);
}

/** Looks up a special method on the type (not the instance) and calls it; undefined if absent. */
export function callSpecial(obj: PyValue, name: string, args: PyValue[]): PyValue | undefined {
	const m = typeOf(obj).lookup(name);
	if (m === undefined) return undefined;
	return callMethodValue(m, obj, args);
}

/** type.__call__: __new__ then __init__. */
export function callType(cls: PyType, args: PyValue[], kwargs: Kwargs | null): PyValue {
	if (cls === typeType) {
		if (args.length === 1 && (!kwargs || kwargs.size === 0)) return typeOf(args[0]);
		if (args.length !== 3) throw typeError('type() takes 1 or 3 arguments');
	}
	// Metaclass __call__ override
	const meta = cls.cls;
	if (meta !== typeType) {
		const mc = meta.lookup('__call__');
		if (mc !== undefined && mc !== typeType.ns.get('__call__')) {
			return callMethodValue(mc, cls, args, kwargs);
		}
	}
	return typeCallDefault(cls, args, kwargs);
}

export function typeCallDefault(cls: PyType, args: PyValue[], kwargs: Kwargs | null): PyValue {
	const newFn = cls.lookup('__new__');
	let obj: PyValue;
	if (newFn === undefined || newFn === objectNew) {
		checkNoExcessArgs(cls, args, kwargs);
		if (!cls.alloc) throw typeError(`cannot create '${cls.name}' instances`);
		if (abstractCheck !== null && cls.lookup('__abstractmethods__') !== undefined) abstractCheck(cls);
		obj = cls.alloc(cls);
		if (cls.hasInstanceDict && obj instanceof PyObject && obj.dict === null) obj.dict = newInstanceDict();
	} else {
		const f = newFn instanceof PyStaticMethod ? newFn.func : newFn;
		// type_call runs tp_new itself: no call guard of its own.
		skipCallGuard = true;
		obj = call(f, [cls, ...args], kwargs);
	}
	if (!typeOf(obj).isSubtypeOf(cls)) return obj;
	const init = typeOf(obj).lookup('__init__');
	if (init !== undefined && init !== objectInit) {
		const r = callMethodValue(init, obj, args, kwargs);
		if (r !== None) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
	}
	return obj;
}

function checkNoExcessArgs(cls: PyType, args: PyValue[], kwargs: Kwargs | null): void {
	if (args.length === 0 && (!kwargs || kwargs.size === 0)) return;
	const init = cls.lookup('__init__');
	if (init === undefined || init === objectInit) {
		throw typeError(
			rt.minor >= 13 || cls.isBuiltin === false ? `${cls.name}() takes no arguments` : `${cls.name}() takes no arguments`
		);
	}
}

/** Raises TypeError for classes with abstract methods (installed by types/object.ts). */
let abstractCheck: ((cls: PyType) => void) | null = null;
export function setAbstractCheck(f: (cls: PyType) => void): void {
	abstractCheck = f;
}

/** object.__new__ and object.__init__ are set by types/object.ts; used for identity checks. */
export let objectNew: PyValue | undefined;
export let objectInit: PyValue | undefined;
export function setObjectNewInit(n: PyValue, i: PyValue): void {
	objectNew = n;
	objectInit = i;
}

let dictFactory: () => PyDictLike = () => {
	throw new Error('dict factory not installed');
};
export function setDictFactory(f: typeof dictFactory): void {
	dictFactory = f;
}
export function newInstanceDict(): PyDictLike {
	return dictFactory();
}

// ---------------------------------------------------------------------------------------------
// Attributes.

/** Binds a value found on a type to an instance (the descriptor __get__ protocol). */
export function bindDescriptor(attr: PyValue, obj: PyValue, type: PyType): PyValue {
	if (attr instanceof PyFunction) return new PyMethod(attr, obj);
	if (attr instanceof PyMethodDescriptor) {
		const bound = new PyBuiltin(attr.name, attr.fn, obj, `${attr.owner.name}.${attr.name}`);
		// Kept for calls that can run it as a driver (a thread's target: loop.run_forever).
		bound.driver = attr.driver;
		return bound;
	}
	if (attr instanceof PyGetSet) return attr.getter(obj);
	if (attr instanceof PyProperty) return propertyGet(attr, obj);
	if (attr instanceof PyClassMethod) return new PyMethod(attr.func, type);
	if (attr instanceof PyClassMethodDescriptor) return new PyBuiltin(attr.name, attr.fn, type);
	if (attr instanceof PyStaticMethod) return attr.func;
	if (typeof attr === 'object' && !(attr instanceof PyType)) {
		const get = attr.cls.isBuiltin ? undefined : attr.cls.lookup('__get__');
		if (get !== undefined) return callMethodValue(get, attr, [obj, type]);
	}
	return attr;
}

/** The AttributeError of a property without getter/setter/deleter, per version. */
export function propertyError(p: PyProperty, obj: PyValue, kind: 'getter' | 'setter' | 'deleter'): PyException {
	const name = typeof p.name === 'string' ? p.name : null;
	if (rt.minor >= 11)
		return attributeError(`property${name !== null ? ` '${name}'` : ''} of '${typeName(obj)}' object has no ${kind}`);
	const base = kind === 'getter' ? 'unreadable attribute' : kind === 'setter' ? "can't set attribute" : "can't delete attribute";
	return attributeError(rt.minor === 10 && name !== null ? `${base} '${name}'` : base);
}

function propertyGet(p: PyProperty, obj: PyValue): PyValue {
	if (p.fget === None) throw propertyError(p, obj, 'getter');
	return call(p.fget, [obj]);
}

/** True when a type attribute is a data descriptor (takes precedence over the instance dict). */
function isDataDescriptor(attr: PyValue): boolean {
	if (attr instanceof PyProperty || attr instanceof PyGetSet) return true;
	if (typeof attr !== 'object' || attr instanceof PyFunction || attr instanceof PyType) return false;
	const t = attr.cls;
	if (t.isBuiltin) return false;
	return t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

/** getattr(obj, name) raising AttributeError when missing. */
export function getAttr(obj: PyValue, name: string): PyValue {
	const v = getAttrOpt(obj, name);
	if (v === undefined) throw noAttribute(obj, name);
	return v;
}

export function noAttribute(obj: PyValue, name: string): PyException {
	let msg: string;
	if (obj instanceof PyModule) msg = `module '${obj.name}' has no attribute '${name}'`;
	else if (obj instanceof PyType) msg = `type object '${obj.name}' has no attribute '${name}'`;
	else msg = `'${typeName(obj)}' object has no attribute '${name}'`;
	const e = newException(AttributeError, msg);
	e.dict = newInstanceDict();
	e.dict.setStr('name', name);
	e.dict.setStr('obj', obj);
	return e;
}

/** getattr returning undefined instead of raising (AttributeError raised by hooks is swallowed). */
export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
	const type = typeOf(obj);
	const ga = type.isBuiltin ? undefined : type.lookup('__getattribute__');
	if (ga !== undefined && ga !== objectGetAttribute) {
		try {
			return callMethodValue(ga, obj, [name]);
		} catch (e) {
			if (e instanceof PyException && e.cls.isSubtypeOf(AttributeError)) {
				return getAttrFallback(obj, type, name, e);
			}
			throw e;
		}
	}
	const v = genericGetAttr(obj, name);
	if (v !== undefined) return v;
	return getAttrFallback(obj, type, name, null);
}

function getAttrFallback(obj: PyValue, type: PyType, name: string, err: PyException | null): PyValue | undefined {
	const hook = type.isBuiltin ? undefined : type.lookup('__getattr__');
	if (hook !== undefined) {
		try {
			return callMethodValue(hook, obj, [name]);
		} catch (e) {
			if (e instanceof PyException && e.cls.isSubtypeOf(AttributeError)) {
				pendingAttributeError = e;
				return undefined;
			}
			throw e;
		}
	}
	if (err) pendingAttributeError = err;
	return undefined;
}

/** An AttributeError raised by a user hook, to re-raise verbatim instead of a generic one. */
let pendingAttributeError: PyException | null = null;
/** getattr that re-raises a hook's own AttributeError when there is one. */
export function getAttrStrict(obj: PyValue, name: string): PyValue {
	pendingAttributeError = null;
	const v = getAttrOpt(obj, name);
	if (v !== undefined) return v;
	const pending = pendingAttributeError;
	pendingAttributeError = null;
	throw pending ?? noAttribute(obj, name);
}

export let objectGetAttribute: PyValue | undefined;
export function setObjectGetAttribute(v: PyValue): void {
	objectGetAttribute = v;
}

/** object.__getattribute__ (PyObject_GenericGetAttr), and type.__getattribute__ for classes. */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
	if (obj instanceof PyType) return typeGetAttr(obj, name);
	const type = typeOf(obj);
	const attr = type.lookup(name);
	if (attr !== undefined && isDataDescriptor(attr)) return bindDescriptor(attr, obj, type);
	if (typeof obj === 'object' && obj.dict !== null) {
		const v = obj.dict.getStr(name);
		if (v !== undefined) return v;
	}
	if (attr !== undefined) return bindDescriptor(attr, obj, type);
	return undefined;
}

function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
	const meta = cls.cls;
	const metaAttr = meta.lookup(name);
	if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return bindDescriptor(metaAttr, cls, meta);
	const attr = cls.lookup(name);
	if (attr !== undefined) {
		if (attr instanceof PyFunction || attr instanceof PyMethodDescriptor) return attr;
		if (attr instanceof PyClassMethod) return new PyMethod(attr.func, cls);
		if (attr instanceof PyClassMethodDescriptor) return new PyBuiltin(attr.name, attr.fn, cls);
		if (attr instanceof PyStaticMethod) return attr.func;
		if (attr instanceof PyProperty || attr instanceof PyGetSet) return attr;
		if (typeof attr === 'object' && !(attr instanceof PyType) && !attr.cls.isBuiltin) {
			const get = attr.cls.lookup('__get__');
			if (get !== undefined) return callMethodValue(get, attr, [None, cls]);
		}
		return attr;
	}
	if (metaAttr !== undefined) return bindDescriptor(metaAttr, cls, meta);
	return undefined;
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
	const type = typeOf(obj);
	if (!type.isBuiltin) {
		const sa = type.lookup('__setattr__');
		if (sa !== undefined && sa !== objectSetAttr) {
			callMethodValue(sa, obj, [name, value]);
			return;
		}
	}
	genericSetAttr(obj, name, value);
}

export let objectSetAttr: PyValue | undefined;
export let objectDelAttr: PyValue | undefined;
export function setObjectSetDelAttr(s: PyValue, d: PyValue): void {
	objectSetAttr = s;
	objectDelAttr = d;
}

export function genericSetAttr(obj: PyValue, name: string, value: PyValue): void {
	if (obj instanceof PyType) {
		if (obj.isBuiltin)
			throw typeError(
				rt.minor >= 12
					? `cannot set '${name}' attribute of immutable type '${obj.name}'`
					: `can't set attributes of built-in/extension type '${obj.name}'`
			);
		const metaAttr = obj.cls.lookup(name);
		if (metaAttr !== undefined && isDataDescriptor(metaAttr)) {
			descriptorSet(metaAttr, obj, value);
			return;
		}
		obj.setAttr(name, value);
		return;
	}
	const type = typeOf(obj);
	const attr = type.lookup(name);
	if (attr !== undefined && isDataDescriptor(attr)) {
		descriptorSet(attr, obj, value);
		return;
	}
	if (typeof obj === 'object' && obj.dict !== null) {
		obj.dict.setStr(name, value);
		return;
	}
	if (typeof obj === 'object' && type.hasInstanceDict) {
		// Builtin objects whose __dict__ is created on first use (functions).
		obj.dict = newInstanceDict();
		obj.dict.setStr(name, value);
		return;
	}
	if (attr !== undefined)
		throw attributeError(`'${type.name}' object attribute '${name}' is read-only`);
	throw attributeError(
		rt.minor >= 13 && (type.isBuiltin || !type.hasInstanceDict)
			? `'${type.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`
			: `'${type.name}' object has no attribute '${name}'`
	);
}

function descriptorSet(attr: PyValue, obj: PyValue, value: PyValue): void {
	if (attr instanceof PyProperty) {
		if (attr.fset === None) throw propertyError(attr, obj, 'setter');
		call(attr.fset, [obj, value]);
		return;
	}
	if (attr instanceof PyGetSet) {
		if (!attr.setter) throw attributeError(`attribute '${attr.name}' of '${attr.owner.name}' objects is not writable`);
		attr.setter(obj, value);
		return;
	}
	const set = (attr as PyObject).cls.lookup('__set__');
	if (set === undefined) throw attributeError(`__set__`);
	callMethodValue(set, attr, [obj, value]);
}

export function delAttr(obj: PyValue, name: string): void {
	const type = typeOf(obj);
	if (!type.isBuiltin) {
		const da = type.lookup('__delattr__');
		if (da !== undefined && da !== objectDelAttr) {
			callMethodValue(da, obj, [name]);
			return;
		}
	}
	genericDelAttr(obj, name);
}

export function genericDelAttr(obj: PyValue, name: string): void {
	if (obj instanceof PyType) {
		if (obj.isBuiltin || !obj.ns.has(name)) throw noAttributeToDelete(obj, name);
		obj.deleteAttr(name);
		return;
	}
	const type = typeOf(obj);
	const attr = type.lookup(name);
	if (attr !== undefined && isDataDescriptor(attr)) {
		if (attr instanceof PyGetSet) {
			if (attr.deleter !== null) {
				attr.deleter(obj);
				return;
			}
			if (attr.setter === null) throw attributeError(`attribute '${name}' of '${attr.owner.name}' objects is not writable`);
		}
		if (attr instanceof PyProperty) {
			if (attr.fdel === None) throw propertyError(attr, obj, 'deleter');
			call(attr.fdel, [obj]);
			return;
		}
		const del = (attr as PyObject).cls.lookup('__delete__');
		if (del !== undefined) {
			callMethodValue(del, attr, [obj]);
			return;
		}
	}
	if (typeof obj === 'object' && obj.dict !== null && obj.dict.deleteStr(name)) return;
	if (rt.minor >= 13 && type.isBuiltin && (typeof obj !== 'object' || obj.dict === null) && attr === undefined)
		throw attributeError(`'${type.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
	throw noAttributeToDelete(obj, name);
}

/**
 * The AttributeError of deleting a missing attribute (CPython _PyObject_GenericSetAttrWithDict
 * with a NULL value): before 3.11 its message is the bare name when the object has a __dict__;
 * then "'module' object has no attribute ..." even for a module (no module-specific wording,
 * unlike getattr).
 */
function noAttributeToDelete(obj: PyValue, name: string): PyException {
	const e = noAttribute(obj, name);
	// The bare name came from the failed deletion in the object's __dict__: objects without one
	// got the full message already then.
	const hasDict =
		obj instanceof PyType ||
		obj instanceof PyModule ||
		obj instanceof PyFunction ||
		(obj instanceof PyObject && (obj.dict !== null || obj.cls.hasInstanceDict));
	if (rt.minor <= 10 && hasDict) e.args = [name];
	else if (obj instanceof PyModule) e.args = [`'module' object has no attribute '${name}'`];
	return e;
}

// ---------------------------------------------------------------------------------------------
// repr / str.

const reprStack = new Set<PyValue>();

/** Runs `f` with obj marked as being repr'd; returns `recursive` when obj is already on the stack. */
export function reprGuard(obj: PyValue, recursive: string, f: () => string): string {
	if (reprStack.has(obj)) return recursive;
	reprStack.add(obj);
	try {
		return f();
	} finally {
		reprStack.delete(obj);
	}
}

/**
 * Set for the next repr()/str() call, which then skips PyObject_Repr's/PyObject_Str's guard: its
 * caller has counted the level (reprGuarded, strGuarded) or calls tp_repr directly (reprSlot).
 * A flag rather than a second function: natives that call back into Python nest these frames,
 * and the JS stack bounds how deep such a recursion gets.
 */
let skipGuard = false;

/**
 * PyObject_Repr: every call guards (" while getting the repr of an object", 3.7–3.11), and the
 * level lasts while the type's __repr__ runs: a Python __repr__ runs one frame deeper, and the
 * items of a container are repr'd one level deeper.
 */
export function repr(v: PyValue): string {
	if (skipGuard) skipGuard = false;
	else {
		if (rt.depth >= rt.recursionLimit) cLimitReached(GETTING_REPR);
		if (typeof v === 'object' && rt.minor <= 11) return reprGuarded(v);
	}
	switch (typeof v) {
		case 'number':
			return String(v);
		case 'bigint':
			return I.intToString(v, 10, I.defaultIntStrLimit(rt.minor));
		case 'string':
			return strRepr(v);
	}
	if (v === None) return 'None';
	if (v instanceof PyBool) return v.value ? 'True' : 'False';
	if (v instanceof PyFloat) return floatRepr(v.value);
	const m = v.cls.lookup('__repr__');
	if (m === undefined) return defaultRepr(v);
	const r = callMethodValue(m, v, []);
	if (typeof r !== 'string') {
		if (r instanceof PyBoxed && typeof r.value === 'string') return r.value;
		throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
	}
	return r;
}

function reprGuarded(v: PyValue): string {
	rt.depth++;
	try {
		skipGuard = true;
		return repr(v);
	} finally {
		rt.depth--;
	}
}

/** The type's __repr__ (tp_repr) called directly, without PyObject_Repr's guard (object.__str__). */
export function reprSlot(v: PyValue): string {
	skipGuard = true;
	return repr(v);
}

export function defaultRepr(v: PyValue): string {
	const t = typeOf(v);
	const mod = t.module;
	const qual = mod === 'builtins' ? t.qualname : `${mod}.${t.qualname}`;
	return `<${qual} object at 0x${objectId(v).toString(16).padStart(12, '0')}>`;
}

/**
 * PyObject_Str: an exact str is returned as is; anything else guards (" while getting the str of
 * an object", 3.7–3.11) for as long as its __str__ runs, as repr() does.
 */
export function str(v: PyValue): string {
	if (skipGuard) skipGuard = false;
	else if (typeof v !== 'string') {
		if (rt.depth >= rt.recursionLimit) cLimitReached(GETTING_STR);
		if (typeof v === 'object' && rt.minor <= 11) return strGuarded(v);
	}
	switch (typeof v) {
		case 'string':
			return v;
		case 'number':
			return String(v);
		case 'bigint':
			return I.intToString(v, 10, I.defaultIntStrLimit(rt.minor));
	}
	if (v instanceof PyFloat) return floatRepr(v.value);
	if (v === None) return 'None';
	if (v instanceof PyBool) return v.value ? 'True' : 'False';
	const m = v.cls.lookup('__str__');
	if (m === undefined) return repr(v);
	const r = callMethodValue(m, v, []);
	if (typeof r !== 'string') {
		if (r instanceof PyBoxed && typeof r.value === 'string') return r.value;
		throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
	}
	return r;
}

function strGuarded(v: PyValue): string {
	rt.depth++;
	try {
		skipGuard = true;
		return str(v);
	} finally {
		rt.depth--;
	}
}

// ---------------------------------------------------------------------------------------------
// Truth, hashing, equality, comparison.

export function isTrue(v: PyValue): boolean {
	if (v === True) return true;
	if (v === False || v === None) return false;
	switch (typeof v) {
		case 'number':
			return v !== 0;
		case 'string':
			return v.length > 0;
		case 'bigint':
			return true; // normalised bigints are never zero
	}
	if (v instanceof PyFloat) return v.value !== 0;
	const t = v.cls;
	const b = t.lookup('__bool__');
	if (b !== undefined) {
		const r = callMethodValue(b, v, []);
		if (r === True) return true;
		if (r === False) return false;
		throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
	}
	const l = t.lookup('__len__');
	if (l !== undefined) return lenOf(callMethodValue(l, v, []), v) > 0;
	return true;
}

function lenOf(r: PyValue, _obj: PyValue): number {
	const n = asInt(r);
	if (n === undefined) throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
	if (I.sign(n) < 0) throw newException(builtinExceptionTypes.get('ValueError')!, '__len__() should return >= 0');
	return Number(n);
}

/** Whether hashing/equality of this object is by identity (object's defaults). */
export function lookupHashMode(obj: PyObject): 'identity' | 'custom' {
	const t = obj.cls;
	if (t === typeType || obj instanceof PyType) return 'identity';
	if (t.isBuiltin && identityHashTypes.has(t)) return 'identity';
	const h = t.lookup('__hash__');
	const e = t.lookup('__eq__');
	return h === objectHash && e === objectEq ? 'identity' : 'custom';
}
const identityHashTypes = new Set<PyType>();
/** Marks builtin types whose instances hash and compare by identity (functions, modules...). */
export function registerIdentityHashType(t: PyType): void {
	identityHashTypes.add(t);
}
export let objectHash: PyValue | undefined;
export let objectEq: PyValue | undefined;
export function setObjectHashEq(h: PyValue, e: PyValue): void {
	objectHash = h;
	objectEq = e;
}

/** hash(v) as a JS number (CPython's values for ints, floats; stable values otherwise). */
export function hashValue(v: PyValue): number {
	switch (typeof v) {
		case 'number':
		case 'bigint':
			return Number(I.hashInt(v));
		case 'string':
			return hashString(v);
	}
	if (v instanceof PyBool) return v.value;
	if (v instanceof PyFloat) return Number(I.hashFloat(v.value));
	const h = v.cls.lookup('__hash__');
	if (h === undefined || h === None) throw typeError(`unhashable type: '${v.cls.name}'`);
	if (h === objectHash) return objectId(v) >> 4;
	const r = callMethodValue(h, v, []);
	const n = asInt(r);
	if (n === undefined) throw typeError('__hash__ method should return an integer');
	return Number(I.hashInt(n));
}

/** A deterministic string hash (CPython's is randomised per process; ours is FNV-1a). */
export function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h | 0;
}

export const enum CmpOp {
	Lt,
	Le,
	Eq,
	Ne,
	Gt,
	Ge,
}
const CMP_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAPPED = [CmpOp.Gt, CmpOp.Ge, CmpOp.Eq, CmpOp.Ne, CmpOp.Lt, CmpOp.Le];
const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

function cmpResult(op: CmpOp, c: number): boolean {
	switch (op) {
		case CmpOp.Lt:
			return c < 0;
		case CmpOp.Le:
			return c <= 0;
		case CmpOp.Eq:
			return c === 0;
		case CmpOp.Ne:
			return c !== 0;
		case CmpOp.Gt:
			return c > 0;
		case CmpOp.Ge:
			return c >= 0;
	}
}

/** a == b as a JS boolean (fast paths first). */
export function richEq(a: PyValue, b: PyValue): boolean {
	if (a === b) {
		if (a instanceof PyFloat) return !Number.isNaN(a.value);
		return true;
	}
	// PyObject_RichCompareBool: past its identity test, PyObject_RichCompare and its guard.
	if (rt.depth >= rt.recursionLimit) cLimitReached(IN_COMPARISON);
	const ta = typeof a;
	if (ta === 'string' || typeof b === 'string') {
		if (ta === 'string' && typeof b === 'string') return false;
	}
	if ((ta === 'number' || ta === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return false;
	return isTrue(doRichCompare(a, b, CmpOp.Eq));
}

/** Rich comparison returning a Python value (CPython's PyObject_RichCompare). */
export function richCompare(a: PyValue, b: PyValue, op: CmpOp): PyValue {
	if (rt.depth >= rt.recursionLimit) cLimitReached(IN_COMPARISON);
	return doRichCompare(a, b, op);
}

/**
 * do_richcompare: richCompare once the caller has made its recursion check (the COMPARE_OP
 * instructions make it themselves: 3.11's specialised ones skip it). The guard's level lasts
 * while the comparison methods run (3.7–3.11): a __eq__ runs one level deeper, and the items
 * that a tuple compares are checked one level deeper.
 */
export function doRichCompare(a: PyValue, b: PyValue, op: CmpOp): PyValue {
	// Fast paths for the common builtin cases.
	if (typeof a === 'number' && typeof b === 'number') return pyBool(cmpResult(op, a < b ? -1 : a > b ? 1 : 0));
	if (typeof a === 'string' && typeof b === 'string') return pyBool(cmpResult(op, a < b ? -1 : a > b ? 1 : 0));
	const c = numberCompare(a, b);
	if (c !== undefined) return pyBool(Number.isNaN(c) ? op === CmpOp.Ne : cmpResult(op, c));
	const ta = typeOf(a);
	const tb = typeOf(b);
	const swapped = CMP_SWAPPED[op];
	let checkedReflected = false;
	// The guard's level, kept in this frame: a __eq__ recursing through here nests it in JS.
	const guarded = rt.minor <= 11;
	if (guarded) rt.depth++;
	let r: PyValue = NotImplemented;
	try {
		if (ta !== tb && tb.isSubtypeOf(ta)) {
			const m = tb.lookup(CMP_DUNDERS[swapped]);
			if (m !== undefined) {
				checkedReflected = true;
				r = callMethodValue(m, b, [a]);
			}
		}
		if (r === NotImplemented) {
			const m = ta.lookup(CMP_DUNDERS[op]);
			if (m !== undefined) r = callMethodValue(m, a, [b]);
		}
		if (r === NotImplemented && !checkedReflected) {
			const mr = tb.lookup(CMP_DUNDERS[swapped]);
			if (mr !== undefined) r = callMethodValue(mr, b, [a]);
		}
	} catch (e) {
		if (guarded) rt.depth--;
		throw e;
	}
	if (guarded) rt.depth--;
	if (r !== NotImplemented) return r;
	if (op === CmpOp.Eq) return pyBool(a === b);
	if (op === CmpOp.Ne) return pyBool(a !== b);
	throw typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** a < b etc. as JS boolean (PyObject_RichCompareBool, without its identity shortcut). */
export function compareBool(a: PyValue, b: PyValue, op: CmpOp): boolean {
	if (rt.depth >= rt.recursionLimit) cLimitReached(IN_COMPARISON);
	if (typeof a === 'number' && typeof b === 'number') return cmpResult(op, a < b ? -1 : a > b ? 1 : 0);
	return isTrue(doRichCompare(a, b, op));
}

// ---------------------------------------------------------------------------------------------
// Arithmetic.

/** a <op> b with reflected operands (CPython's binary_op1); inplace tries __iop__ first. */
export function binaryOp(op: BinOp, a: PyValue, b: PyValue, inplace = false): PyValue {
	if (typeof a === 'number' && typeof b === 'number') {
		switch (op) {
			case BinOp.Add: {
				const r = a + b;
				if (Number.isSafeInteger(r)) return r;
				break;
			}
			case BinOp.Sub: {
				const r = a - b;
				if (Number.isSafeInteger(r)) return r;
				break;
			}
			case BinOp.Mul: {
				const r = a * b;
				if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
				break;
			}
		}
	}
	if (typeof a === 'string' && typeof b === 'string' && op === BinOp.Add) return a + b;
	try {
		if (inplace) {
			const ta = typeOf(a);
			{
				const im = ta.lookup(`__i${BINOP_DUNDERS[op]}__`);
				if (im !== undefined) {
					const r = callMethodValue(im, a, [b]);
					if (r !== NotImplemented) return r;
				}
			}
		}
		const r = binaryOp1(op, a, b);
		if (r !== NotImplemented) return r;
	} catch (e) {
		throw fromLibError(e);
	}
	if (op === BinOp.Pow && !inplace) {
		throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
	}
	const sym = inplace ? BINOP_INPLACE_SYMBOLS[op] : BINOP_SYMBOLS[op];
	if (op === BinOp.Add && typeof a === 'string') {
		throw typeError(
			rt.minor >= 12 || rt.minor <= 10
				? `can only concatenate str (not "${typeName(b)}") to str`
				: `can only concatenate str (not "${typeName(b)}") to str`
		);
	}
	if (op === BinOp.Add && a instanceof PyObject && a.cls === listType_() && !inplace) {
		throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
	}
	if (op === BinOp.Add && a instanceof PyObject && a.cls === tupleType_() && !inplace) {
		throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
	}
	throw typeError(`unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

let listTypeRef: PyType | null = null;
let tupleTypeRef: PyType | null = null;
export function setSequenceTypes(list: PyType, tuple: PyType): void {
	listTypeRef = list;
	tupleTypeRef = tuple;
}
const listType_ = (): PyType | null => listTypeRef;
const tupleType_ = (): PyType | null => tupleTypeRef;

function binaryOp1(op: BinOp, a: PyValue, b: PyValue): PyValue {
	const ta = typeOf(a);
	const tb = typeOf(b);
	// Builtin numeric tower: no user methods involved.
	if ((ta === intType || ta === floatType || a instanceof PyBool) && (tb === intType || tb === floatType || b instanceof PyBool)) {
		return numberBinary(op, a, b);
	}
	const name = BINOP_DUNDERS[op];
	const slotA = ta.lookup(`__${name}__`);
	const slotB = ta !== tb ? tb.lookup(`__r${name}__`) : undefined;
	if (slotB !== undefined && tb.isSubtypeOf(ta) && slotB !== ta.lookup(`__r${name}__`)) {
		const r = callMethodValue(slotB, b, [a]);
		if (r !== NotImplemented) return r;
		if (slotA !== undefined) {
			const r2 = callMethodValue(slotA, a, [b]);
			if (r2 !== NotImplemented) return r2;
		}
		return NotImplemented;
	}
	if (slotA !== undefined) {
		const r = callMethodValue(slotA, a, [b]);
		if (r !== NotImplemented) return r;
	}
	if (slotB !== undefined) {
		const r = callMethodValue(slotB, b, [a]);
		if (r !== NotImplemented) return r;
	}
	return NotImplemented;
}

export function unaryNegative(v: PyValue): PyValue {
	if (typeof v === 'number') return v === 0 ? 0 : -v;
	if (typeof v === 'bigint') return I.neg(v);
	if (v instanceof PyFloat) return new PyFloat(-v.value);
	if (v instanceof PyBool) return -v.value || 0;
	const r = callSpecial(v, '__neg__', []);
	if (r === undefined) throw typeError(`bad operand type for unary -: '${typeName(v)}'`);
	return r;
}

export function unaryPositive(v: PyValue): PyValue {
	if (typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat) return v;
	if (v instanceof PyBool) return v.value;
	const r = callSpecial(v, '__pos__', []);
	if (r === undefined) throw typeError(`bad operand type for unary +: '${typeName(v)}'`);
	return r;
}

export function unaryInvert(v: PyValue): PyValue {
	if (typeof v === 'number' || typeof v === 'bigint') return I.invert(v);
	if (v instanceof PyBool) {
		if (rt.minor >= 12) {
			hooks.warn(
				'DeprecationWarning',
				`Bitwise inversion '~' on bool is deprecated${rt.minor >= 13 ? ' and will be removed in Python 3.16' : ''}. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.`
			);
		}
		return ~v.value;
	}
	const r = callSpecial(v, '__invert__', []);
	if (r === undefined) throw typeError(`bad operand type for unary ~: '${typeName(v)}'`);
	return r;
}

// ---------------------------------------------------------------------------------------------
// Iteration.

/** Builtin iterators implement nextValue() directly: undefined means exhausted. */
export abstract class PyIteratorBase extends PyObject {
	abstract nextValue(): PyValue | undefined;
	/** The StopIteration to raise after nextValue() returned undefined (generators carry a value). */
	stopIteration(): PyException {
		return newException(StopIteration);
	}
}

let seqIterFactory: (obj: PyValue, getitem: PyValue) => PyValue = () => {
	throw new Error('sequence iterator not installed');
};
export function setSeqIterFactory(f: typeof seqIterFactory): void {
	seqIterFactory = f;
}
let strIterFactory: (s: string) => PyValue = () => {
	throw new Error('str iterator not installed');
};
export function setStrIterFactory(f: typeof strIterFactory): void {
	strIterFactory = f;
}

/** iter(v). */
export function getIter(v: PyValue): PyValue {
	if (typeof v === 'string') return strIterFactory(v);
	const t = typeOf(v);
	const m = t.lookup('__iter__');
	if (m !== undefined && m !== None) {
		const it = callMethodValue(m, v, []);
		if (!(it instanceof PyIteratorBase) && typeOf(it).lookup('__next__') === undefined) {
			throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
		}
		return it;
	}
	const gi = t.lookup('__getitem__');
	if (gi !== undefined && m !== None) return seqIterFactory(v, gi);
	throw typeError(`'${t.name}' object is not iterable`);
}

/** next(it): the next value, or undefined when exhausted (StopIteration is swallowed). */
export function iterNext(it: PyValue): PyValue | undefined {
	if (it instanceof PyIteratorBase) return it.nextValue();
	const m = typeOf(it).lookup('__next__');
	if (m === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
	try {
		return callMethodValue(m, it, []);
	} catch (e) {
		if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) return undefined;
		throw e;
	}
}

/** Collects an iterable into a JS array. */
export function toArray(v: PyValue): PyValue[] {
	if (typeof v === 'object') {
		const t = v.cls;
		if (t === listTypeRef || t === tupleTypeRef) return (v as PyList | PyTuple).items.slice();
	}
	const it = getIter(v);
	const out: PyValue[] = [];
	for (;;) {
		const x = iterNext(it);
		if (x === undefined) return out;
		if (out.push(x) > LIMITS.maxItems) throw newException(builtinExceptionTypes.get('MemoryError')!);
	}
}

// ---------------------------------------------------------------------------------------------
// Subscription, len, membership.

export function getItem(obj: PyValue, key: PyValue): PyValue {
	const t = typeOf(obj);
	const m = t.lookup('__getitem__');
	if (m !== undefined) return callMethodValue(m, obj, [key]);
	if (obj instanceof PyType) {
		const cg = obj.lookup('__class_getitem__');
		if (cg !== undefined) return call(bindDescriptor(cg, obj, obj), [key]);
		if (obj === typeType) return obj;
		// 3.11 names the class; before, the generic message names its metaclass.
		if (rt.minor >= 11) throw typeError(`type '${obj.name}' is not subscriptable`);
	}
	throw typeError(`'${t.name}' object is not subscriptable`);
}

export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
	const m = typeOf(obj).lookup('__setitem__');
	if (m === undefined) throw typeError(`'${typeName(obj)}' object does not support item assignment`);
	callMethodValue(m, obj, [key, value]);
}

export function delItem(obj: PyValue, key: PyValue): void {
	const m = typeOf(obj).lookup('__delitem__');
	if (m === undefined) throw typeError(`'${typeName(obj)}' object does not support item deletion`);
	callMethodValue(m, obj, [key]);
}

export function len(v: PyValue): number {
	if (typeof v === 'string') return pyLen(v);
	const m = typeOf(v).lookup('__len__');
	if (m === undefined) throw typeError(`object of type '${typeName(v)}' has no len()`);
	return lenOf(callMethodValue(m, v, []), v);
}

export function contains(container: PyValue, item: PyValue): boolean {
	if (typeof container === 'string') {
		if (typeof item !== 'string')
			throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
		return container.includes(item);
	}
	const t = typeOf(container);
	const m = t.lookup('__contains__');
	if (m !== undefined) return isTrue(callMethodValue(m, container, [item]));
	if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined)
		throw typeError(`argument of type '${t.name}' is not iterable`);
	const it = getIter(container);
	for (;;) {
		const x = iterNext(it);
		if (x === undefined) return false;
		if (x === item || richEq(x, item)) return true;
	}
}

/** operator.index(v): ints (and __index__) only. */
export function toIndex(v: PyValue): number | bigint {
	const i = asInt(v);
	if (i !== undefined) return i;
	const r = callSpecial(v, '__index__', []);
	if (r === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
	const ri = asInt(r);
	if (ri === undefined) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
	return ri;
}

/** An index as a JS number (clamped for huge values, which then fail range checks). */
export function toSmallIndex(v: PyValue): number {
	const i = toIndex(v);
	return typeof i === 'number' ? i : i > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
}

export function isException(v: PyValue): v is PyException {
	return v instanceof PyException;
}

export { RecursionError, baseExceptionType, MroError, objectType, strType, Ellipsis, TypeError };
