/*
 * function.ts
 * Callable objects: Python functions, bound methods, native functions and method descriptors,
 * cells, property/classmethod/staticmethod, and modules.
 */

import { PyObject, PyType, PyValue, NativeFn, makeBuiltinType, objectType, None } from './object';
import type { Kwargs } from './object';
import type { DriverChannel } from '../vm/generators';
import type { CodeObject } from '../compiler/codeObject';
import { PyDict } from './containers';

export const functionType = makeBuiltinType('function');
export const methodType = makeBuiltinType('method');
export const builtinFunctionType = makeBuiltinType('builtin_function_or_method');
export const methodDescriptorType = makeBuiltinType('method_descriptor');
export const classMethodDescriptorType = makeBuiltinType('classmethod_descriptor');
export const getSetDescriptorType = makeBuiltinType('getset_descriptor');
export const cellType = makeBuiltinType('cell');
export const moduleType = makeBuiltinType('module', objectType, (cls) => new PyModule('?', cls));
moduleType.hasInstanceDict = true;
export const propertyType = makeBuiltinType('property', objectType, (cls) => new PyProperty(cls));
export const classMethodType = makeBuiltinType(
	'classmethod',
	objectType,
	(cls) => new PyClassMethod(None, cls)
);
export const staticMethodType = makeBuiltinType(
	'staticmethod',
	objectType,
	(cls) => new PyStaticMethod(None, cls)
);
export const codeType = makeBuiltinType('code');

export class PyCell extends PyObject {
	constructor(public value: PyValue | undefined = undefined) {
		super(cellType);
	}
}

/** The builtins of code with no `__builtins__` in its globals: the run's builtins dict (index.ts). */
let defaultBuiltins: PyDict | null = null;
export function setDefaultBuiltins(d: PyDict): void {
	defaultBuiltins = d;
}

/**
 * The builtins dict of code running with these globals: their `__builtins__` (a dict, or a
 * module's dict), else the run's builtins (CPython's _PyEval_BuiltinsFromGlobals).
 */
export function builtinsOf(globals: PyDict): PyDict {
	const b = globals.getStr('__builtins__');
	if (b instanceof PyDict) return b;
	if (b instanceof PyModule && b.dict instanceof PyDict) return b.dict;
	return defaultBuiltins!;
}

export class PyFunction extends PyObject {
	name: string;
	/**
	 * The builtins its frames use, taken from its globals when it is made (3.10+ func_builtins;
	 * before 3.10 frames looked them up in the globals at call time, which gives the same dict
	 * unless `__builtins__` is rebound afterwards).
	 */
	builtins: PyDict;
	qualname: string;
	defaults: PyValue[] | null = null;
	kwdefaults: Map<string, PyValue> | null = null;
	closure: PyCell[] | null = null;
	annotations: PyValue | null = null;
	module: PyValue;
	doc: PyValue;
	constructor(
		public code: CodeObject,
		public globals: PyDict
	) {
		super(functionType);
		this.name = code.name;
		this.qualname = code.qualname;
		this.builtins = builtinsOf(globals);
		this.module = globals.getStr('__name__') ?? None;
		this.doc = code.doc ?? None;
	}
}

export class PyMethod extends PyObject {
	constructor(
		public func: PyValue,
		public self: PyValue
	) {
		super(null); // see PyObject's constructor
		this.dict = null;
		this.cls = methodType;
	}
}

/** A native function; `self` is set when bound (e.g. `[].append`). */
/**
 * A native whose work consists of resuming coroutines (the event loop: asyncio.run,
 * loop.run_until_complete...), written as a JavaScript generator so the frame loop can run it
 * itself (interpreter.ts DriverCall) and pause inside it. It yields DriverOp codes and returns
 * the call's result; `fn` stays the plain synchronous form for every other caller.
 */
export type DriverFn = (
	args: PyValue[],
	kwargs: Kwargs | null,
	channel: DriverChannel
) => Generator<number, PyValue, void>;

export class PyBuiltin extends PyObject {
	/** The driver form of `fn` (see DriverFn), for calls the frame loop makes directly. */
	driver: DriverFn | null = null;
	/** What CPython's tables say of its calling convention, once looked up (objects/cRecursion.ts). */
	cpyFlags = 0;
	constructor(
		public name: string,
		public fn: NativeFn,
		public self: PyValue | undefined = undefined,
		public qualname: string = name,
		public module: string | null = 'builtins',
		public doc: string | null = null
	) {
		super(builtinFunctionType);
	}
}

/** A native method stored in a builtin type's namespace; binds like a function. */
export class PyMethodDescriptor extends PyObject {
	/** The driver form of `fn` (see DriverFn), for calls the frame loop makes directly. */
	driver: DriverFn | null = null;
	/** What CPython's tables say of its calling convention, once looked up (objects/cRecursion.ts). */
	cpyFlags = 0;
	constructor(
		public name: string,
		public fn: NativeFn,
		public owner: PyType,
		public doc: string | null = null
	) {
		super(methodDescriptorType);
	}
}

/** A native classmethod stored in a builtin type's namespace (dict.fromkeys, int.from_bytes). */
export class PyClassMethodDescriptor extends PyObject {
	constructor(
		public name: string,
		public fn: NativeFn,
		public owner: PyType
	) {
		super(classMethodDescriptorType);
	}
}

/** A native data descriptor (attribute with getter/optional setter) on a builtin type. */
export class PyGetSet extends PyObject {
	constructor(
		public name: string,
		public getter: (self: PyValue) => PyValue,
		public setter: ((self: PyValue, value: PyValue) => void) | null,
		public owner: PyType,
		/** `del obj.name` (a getset's setter called with NULL in CPython); null: not deletable this way. */
		public deleter: ((self: PyValue) => void) | null = null
	) {
		super(getSetDescriptorType);
	}
}

export class PyProperty extends PyObject {
	fget: PyValue = None;
	fset: PyValue = None;
	fdel: PyValue = None;
	doc: PyValue = None;
	/** Set by __set_name__ (3.13 uses it in error messages). */
	name: PyValue = None;
	constructor(cls: PyType = propertyType) {
		super(cls);
	}
}

export class PyClassMethod extends PyObject {
	constructor(
		public func: PyValue,
		cls: PyType = classMethodType
	) {
		super(cls);
	}
}

export class PyStaticMethod extends PyObject {
	constructor(
		public func: PyValue,
		cls: PyType = staticMethodType
	) {
		super(cls);
	}
}

export class PyModule extends PyObject {
	declare dict: PyDict;
	constructor(
		public name: string,
		cls: PyType = moduleType
	) {
		super(cls);
	}
}

export class PyCodeRef extends PyObject {
	constructor(public code: CodeObject) {
		super(codeType);
	}
}

/** The one Python code object of `code` (so `f.__code__ is g.__code__` holds as in CPython). */
export function codeRef(code: CodeObject): PyCodeRef {
	return (code.pyRef ??= new PyCodeRef(code)) as PyCodeRef;
}
