/*
 * function.ts
 * Attributes and methods of the callable types: function, method, builtin_function_or_method,
 * method_descriptor, classmethod_descriptor, getset_descriptor, property, classmethod,
 * staticmethod, cell and code.
 */

import {
	PyValue,
	PyType,
	Kwargs,
	None,
	NotImplemented,
	True,
	False,
	pyBool,
	typeOf,
	objectType,
} from '../objects/object';
import { typeError, valueError, attributeError } from '../objects/exceptions';
import { PyTuple, PyDict, PyList, newTuple, EMPTY_TUPLE } from '../objects/containers';
import {
	functionType,
	methodType,
	builtinFunctionType,
	methodDescriptorType,
	classMethodDescriptorType,
	getSetDescriptorType,
	cellType,
	propertyType,
	classMethodType,
	staticMethodType,
	codeType,
	PyFunction,
	PyMethod,
	PyBuiltin,
	PyMethodDescriptor,
	PyClassMethodDescriptor,
	PyGetSet,
	PyProperty,
	PyClassMethod,
	PyStaticMethod,
	PyCell,
	PyCodeRef,
	codeRef,
	PyModule,
} from '../objects/function';
import {
	call,
	repr,
	objectId,
	typeName,
	registerIdentityHashType,
	newInstanceDict,
	getAttrOpt,
	isTrue,
	bindDescriptor,
	noAttribute,
	toArray,
	hashValue,
	propertyError,
} from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { method, setNew, getset, bindArgs, exactlyOne } from './util';
import { classRepr } from '../objects/classes';

for (const t of [
	functionType,
	methodType,
	builtinFunctionType,
	methodDescriptorType,
	classMethodDescriptorType,
	getSetDescriptorType,
	cellType,
	codeType,
]) {
	registerIdentityHashType(t);
	t.extra = { ...(t.extra ?? {}), final: true };
}
functionType.hasInstanceDict = true;

const hexId = (v: PyValue): string => '0x' + objectId(v).toString(16).padStart(12, '0');

// ---------------------------------------------------------------------------------------------
// function

const F = (v: PyValue): PyFunction => {
	if (!(v instanceof PyFunction))
		throw typeError(`descriptor requires a 'function' object but received '${typeName(v)}'`);
	return v;
};

method(functionType, '__repr__', (args) => {
	const f = F(args[0]);
	return `<function ${f.qualname} at ${hexId(f)}>`;
});
method(functionType, '__get__', (args) => {
	const f = F(args[0]);
	const obj = args[1];
	if (obj === undefined || obj === None) return f;
	return new PyMethod(f, obj);
});
method(functionType, '__call__', (args, kwargs) => call(args[0], args.slice(1), kwargs));

function strSetter(what: string, set: (f: PyFunction, s: string) => void) {
	return (self: PyValue, v: PyValue): void => {
		if (typeof v !== 'string') throw typeError(`${what} must be set to a string object`);
		set(F(self), v);
	};
}
getset(
	functionType,
	'__name__',
	(self) => F(self).name,
	strSetter('__name__', (f, s) => (f.name = s))
);
getset(
	functionType,
	'__qualname__',
	(self) => F(self).qualname,
	strSetter('__qualname__', (f, s) => (f.qualname = s))
);
getset(
	functionType,
	'__doc__',
	(self) => F(self).doc,
	(self, v) => {
		F(self).doc = v;
	}
);
getset(
	functionType,
	'__module__',
	(self) => F(self).module,
	(self, v) => {
		F(self).module = v;
	}
);
getset(
	functionType,
	'__defaults__',
	(self) => {
		const d = F(self).defaults;
		return d === null || d.length === 0 ? None : newTuple(d.slice());
	},
	(self, v) => {
		if (v === None) F(self).defaults = null;
		else if (v instanceof PyTuple) F(self).defaults = v.items.slice();
		else throw typeError('__defaults__ must be set to a tuple object');
	}
);
getset(
	functionType,
	'__kwdefaults__',
	(self) => {
		const d = F(self).kwdefaults;
		if (d === null || d.size === 0) return None;
		const r = new PyDict();
		for (const [k, v] of d) r.set(k, v);
		return r;
	},
	(self, v) => {
		if (v === None) F(self).kwdefaults = null;
		else if (v instanceof PyDict) {
			const m = new Map<string, PyValue>();
			for (const [k, val] of v.entries()) if (typeof k === 'string') m.set(k, val);
			F(self).kwdefaults = m;
		} else throw typeError('__kwdefaults__ must be set to a dict object');
	}
);
getset(
	functionType,
	'__code__',
	(self) => codeRef(F(self).code),
	(self, v) => {
		// CPython's func_set_code: a code object whose free variables match the closure.
		const f = F(self);
		if (!(v instanceof PyCodeRef)) throw typeError('__code__ must be set to a code object');
		const nfree = v.code.freevars.length;
		const nclosure = f.closure?.length ?? 0;
		if (nclosure !== nfree)
			throw valueError(
				`${f.name}() requires a code object with ${nclosure} free vars, not ${nfree}`
			);
		f.code = v.code;
	}
);
getset(functionType, '__globals__', (self) => F(self).globals);
getset(functionType, '__builtins__', (self) => F(self).builtins);
getset(functionType, '__closure__', (self) => {
	const c = F(self).closure;
	return c === null || c.length === 0 ? None : newTuple(c.slice());
});
getset(
	functionType,
	'__annotations__',
	(self) => {
		const f = F(self);
		if (f.annotations === null || f.annotations === None) f.annotations = new PyDict();
		return f.annotations;
	},
	(self, v) => {
		F(self).annotations = v;
	}
);
getset(
	functionType,
	'__dict__',
	(self) => {
		const f = F(self);
		if (f.dict === null) f.dict = newInstanceDict();
		return f.dict;
	},
	(self, v) => {
		if (!(v instanceof PyDict))
			throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
		F(self).dict = v;
	}
);
getset(functionType, '__type_params__', () => EMPTY_TUPLE);

// ---------------------------------------------------------------------------------------------
// bound method

const M = (v: PyValue): PyMethod => v as PyMethod;
setNew(methodType, (args) => {
	if (args.length !== 3) throw typeError(`method expected 2 arguments, got ${args.length - 1}`);
	if (typeOf(args[1]).lookup('__call__') === undefined && !(args[1] instanceof PyFunction))
		throw typeError('first argument must be callable');
	if (args[2] === None) throw typeError('instance must not be None');
	return new PyMethod(args[1], args[2]);
});
method(methodType, '__repr__', (args) => {
	const m = M(args[0]);
	const fname = getAttrOpt(m.func, '__qualname__') ?? getAttrOpt(m.func, '__name__') ?? '?';
	return `<bound method ${typeof fname === 'string' ? fname : '?'} of ${repr(m.self)}>`;
});
method(methodType, '__call__', (args, kwargs) => call(args[0], args.slice(1), kwargs));
method(methodType, '__get__', (args) => args[0]);
method(methodType, '__eq__', (args) => {
	const a = M(args[0]);
	const b = args[1];
	if (!(b instanceof PyMethod)) return NotImplemented;
	return pyBool(a.func === b.func && a.self === b.self);
});
method(methodType, '__ne__', (args) => {
	const a = M(args[0]);
	const b = args[1];
	if (!(b instanceof PyMethod)) return NotImplemented;
	return pyBool(!(a.func === b.func && a.self === b.self));
});
method(methodType, '__hash__', (args) => {
	const m = M(args[0]);
	return (objectId(m.self) ^ hashValue(m.func)) | 0;
});
getset(methodType, '__func__', (self) => M(self).func);
getset(methodType, '__self__', (self) => M(self).self);
for (const name of ['__name__', '__qualname__', '__doc__', '__module__']) {
	getset(methodType, name, (self) => {
		const v = getAttrOpt(M(self).func, name);
		if (v === undefined) throw noAttribute(self, name);
		return v;
	});
}
getset(methodType, '__wrapped__', (self) => {
	const v = getAttrOpt(M(self).func, '__wrapped__');
	if (v === undefined) throw noAttribute(self, '__wrapped__');
	return v;
});

// ---------------------------------------------------------------------------------------------
// builtin_function_or_method, method descriptors, getset descriptors

const B = (v: PyValue): PyBuiltin => v as PyBuiltin;
method(builtinFunctionType, '__repr__', (args) => {
	const b = B(args[0]);
	if (b.self === undefined || b.self instanceof PyModule) return `<built-in function ${b.name}>`;
	const self = b.self;
	if (self instanceof PyType) return `<built-in method ${b.name} of type object at ${hexId(self)}>`;
	return `<built-in method ${b.name} of ${typeName(self)} object at ${hexId(self)}>`;
});
method(builtinFunctionType, '__call__', (args, kwargs) => call(args[0], args.slice(1), kwargs));
getset(builtinFunctionType, '__name__', (self) => B(self).name);
getset(builtinFunctionType, '__qualname__', (self) => B(self).qualname);
getset(builtinFunctionType, '__module__', (self) => B(self).module ?? None);
getset(builtinFunctionType, '__doc__', (self) => B(self).doc ?? None);
getset(builtinFunctionType, '__self__', (self) => {
	const s = B(self).self;
	if (s !== undefined) return s;
	const builtinsMod = rt.modules.get('builtins');
	return builtinsMod instanceof PyModule ? builtinsMod : None;
});
getset(builtinFunctionType, '__text_signature__', () => None);

const MD = (v: PyValue): PyMethodDescriptor => v as PyMethodDescriptor;
method(methodDescriptorType, '__repr__', (args) => {
	const d = MD(args[0]);
	return `<method '${d.name}' of '${d.owner.name}' objects>`;
});
method(methodDescriptorType, '__get__', (args) => {
	const d = MD(args[0]);
	const obj = args[1];
	if (obj === undefined || obj === None) return d;
	if (!typeOf(obj).isSubtypeOf(d.owner))
		throw typeError(
			`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`
		);
	return bindDescriptor(d, obj, typeOf(obj));
});
method(methodDescriptorType, '__call__', (args, kwargs) => call(args[0], args.slice(1), kwargs));
getset(methodDescriptorType, '__name__', (self) => MD(self).name);
getset(methodDescriptorType, '__qualname__', (self) => `${MD(self).owner.name}.${MD(self).name}`);
getset(methodDescriptorType, '__objclass__', (self) => MD(self).owner);
getset(methodDescriptorType, '__doc__', (self) => MD(self).doc ?? None);
getset(methodDescriptorType, '__text_signature__', () => None);

const CD = (v: PyValue): PyClassMethodDescriptor => v as PyClassMethodDescriptor;
method(
	classMethodDescriptorType,
	'__repr__',
	(args) => `<method '${CD(args[0]).name}' of '${CD(args[0]).owner.name}' objects>`
);
method(classMethodDescriptorType, '__get__', (args) => {
	const d = CD(args[0]);
	const obj = args[1];
	const t = args[2] !== undefined && args[2] !== None ? args[2] : typeOf(obj ?? None);
	return new PyBuiltin(d.name, d.fn, t);
});
getset(classMethodDescriptorType, '__name__', (self) => CD(self).name);
getset(
	classMethodDescriptorType,
	'__qualname__',
	(self) => `${CD(self).owner.name}.${CD(self).name}`
);
getset(classMethodDescriptorType, '__objclass__', (self) => CD(self).owner);

const GS = (v: PyValue): PyGetSet => v as PyGetSet;
method(
	getSetDescriptorType,
	'__repr__',
	(args) => `<attribute '${GS(args[0]).name}' of '${GS(args[0]).owner.name}' objects>`
);
method(getSetDescriptorType, '__get__', (args) => {
	const d = GS(args[0]);
	const obj = args[1];
	if (obj === undefined || obj === None) return d;
	return d.getter(obj);
});
method(getSetDescriptorType, '__set__', (args) => {
	const d = GS(args[0]);
	if (!d.setter)
		throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
	d.setter(args[1], args[2]);
	return None;
});
getset(getSetDescriptorType, '__name__', (self) => GS(self).name);
getset(getSetDescriptorType, '__qualname__', (self) => `${GS(self).owner.name}.${GS(self).name}`);
getset(getSetDescriptorType, '__objclass__', (self) => GS(self).owner);

// ---------------------------------------------------------------------------------------------
// property

const P = (v: PyValue): PyProperty => v as PyProperty;
const PROPERTY_PARAMS = { name: 'property', params: ['fget', 'fset', 'fdel', 'doc'] };
setNew(propertyType, (args) => {
	const cls = args[0] as PyType;
	const p = new PyProperty(cls);
	if (cls.hasInstanceDict) p.dict = newInstanceDict();
	return p;
});
method(propertyType, '__init__', (args, kwargs) => {
	const p = P(args[0]);
	const [fget, fset, fdel, doc] = bindArgs(PROPERTY_PARAMS, args, kwargs, 1);
	p.fget = fget ?? None;
	p.fset = fset ?? None;
	p.fdel = fdel ?? None;
	let d = doc ?? None;
	if (d === None && p.fget !== None) {
		const fd = getAttrOpt(p.fget, '__doc__');
		if (fd !== undefined) d = fd;
	}
	p.doc = d;
	if (p.dict !== null && d !== None) p.dict.setStr('__doc__', d);
	return None;
});
method(propertyType, '__get__', (args) => {
	const p = P(args[0]);
	const obj = args[1];
	if (obj === undefined || obj === None) return p;
	return bindDescriptor(p, obj, typeOf(obj));
});
method(propertyType, '__set__', (args) => {
	const p = P(args[0]);
	if (p.fset === None) throw propertyError(p, args[1], 'setter');
	call(p.fset, [args[1], args[2]]);
	return None;
});
method(propertyType, '__delete__', (args) => {
	const p = P(args[0]);
	if (p.fdel === None) throw propertyError(p, args[1], 'deleter');
	call(p.fdel, [args[1]]);
	return None;
});
method(propertyType, '__set_name__', (args) => {
	P(args[0]).name = args[2]!;
	return None;
});
function copyProperty(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyValue {
	const cls = p.cls;
	const docFromGetter = p.fget !== None && p.doc === getAttrOpt(p.fget, '__doc__');
	const doc = docFromGetter ? None : p.doc;
	const np = call(cls, [fget, fset, fdel, doc]);
	if (np instanceof PyProperty) np.name = p.name;
	return np;
}
method(propertyType, 'getter', (args, kwargs) => {
	exactlyOne('property.getter', args, kwargs, 1);
	const p = P(args[0]);
	return copyProperty(p, args[1], p.fset, p.fdel);
});
method(propertyType, 'setter', (args, kwargs) => {
	exactlyOne('property.setter', args, kwargs, 1);
	const p = P(args[0]);
	return copyProperty(p, p.fget, args[1], p.fdel);
});
method(propertyType, 'deleter', (args, kwargs) => {
	exactlyOne('property.deleter', args, kwargs, 1);
	const p = P(args[0]);
	return copyProperty(p, p.fget, p.fset, args[1]);
});
getset(propertyType, 'fget', (self) => P(self).fget);
getset(propertyType, 'fset', (self) => P(self).fset);
getset(propertyType, 'fdel', (self) => P(self).fdel);
getset(
	propertyType,
	'__doc__',
	(self) => P(self).doc,
	(self, v) => {
		P(self).doc = v;
	}
);
getset(propertyType, '__name__', (self) => {
	const p = P(self);
	if (p.name !== None) return p.name;
	if (p.fget !== None) {
		const n = getAttrOpt(p.fget, '__name__');
		if (n !== undefined) return n;
	}
	throw attributeError(`'property' object has no attribute '__name__'`);
});
getset(propertyType, '__isabstractmethod__', (self) => {
	const p = P(self);
	for (const f of [p.fget, p.fset, p.fdel]) {
		const v = f === None ? undefined : getAttrOpt(f, '__isabstractmethod__');
		if (v !== undefined && isTrue(v)) return True;
	}
	return False;
});

// ---------------------------------------------------------------------------------------------
// classmethod / staticmethod

for (const [t, isClass] of [
	[classMethodType, true],
	[staticMethodType, false],
] as const) {
	const W = (v: PyValue): PyClassMethod | PyStaticMethod => v as PyClassMethod;
	setNew(t, (args) => {
		const cls = args[0] as PyType;
		const o = isClass ? new PyClassMethod(None, cls) : new PyStaticMethod(None, cls);
		if (cls.hasInstanceDict || rt.minor >= 10) o.dict = newInstanceDict();
		if (args.length === 2) o.func = args[1]!;
		return o;
	});
	method(t, '__init__', (args, kwargs) => {
		if (kwargs !== null && kwargs.size > 0)
			throw typeError(`${t.name}() takes no keyword arguments`);
		if (args.length !== 2) throw typeError(`${t.name} expected 1 argument, got ${args.length - 1}`);
		const w = W(args[0]);
		w.func = args[1]!;
		return None;
	});
	method(t, '__get__', (args) => {
		const w = W(args[0]);
		const obj = args[1];
		const type = args[2];
		if (!isClass) return w.func;
		const owner = type !== undefined && type !== None ? type : typeOf(obj ?? None);
		return new PyMethod(w.func, owner);
	});
	getset(t, '__func__', (self) => W(self).func);
	getset(t, '__wrapped__', (self) => {
		if (rt.minor < 10) throw noAttribute(self, '__wrapped__');
		return W(self).func;
	});
	getset(t, '__isabstractmethod__', (self) => {
		const v = getAttrOpt(W(self).func, '__isabstractmethod__');
		return v !== undefined && isTrue(v) ? True : False;
	});
	for (const name of ['__name__', '__qualname__', '__doc__', '__module__']) {
		getset(
			t,
			name,
			(self) => {
				const w = W(self);
				const own = w.dict?.getStr(name);
				if (own !== undefined) return own;
				if (rt.minor < 10 && name !== '__doc__') throw noAttribute(self, name);
				const v = getAttrOpt(w.func, name);
				if (v === undefined) throw noAttribute(self, name);
				return v;
			},
			(self, v) => {
				const w = W(self);
				if (w.dict === null) w.dict = newInstanceDict();
				w.dict.setStr(name, v);
			}
		);
	}
	method(t, '__repr__', (args) => {
		const w = W(args[0]);
		if (rt.minor < 10) return `<${t.name} object at ${hexId(w)}>`;
		return `<${t.name}(${repr(w.func)})>`;
	});
}
method(staticMethodType, '__call__', (args, kwargs) => {
	if (rt.minor < 10) throw typeError(`'staticmethod' object is not callable`);
	return call((args[0] as PyStaticMethod).func, args.slice(1), kwargs);
});

// ---------------------------------------------------------------------------------------------
// cell and code

setNew(cellType, (args) => new PyCell(args.length > 1 ? args[1] : undefined));
getset(
	cellType,
	'cell_contents',
	(self) => {
		const v = (self as PyCell).value;
		if (v === undefined) throw valueError('Cell is empty');
		return v;
	},
	(self, v) => {
		(self as PyCell).value = v;
	}
);
method(cellType, '__repr__', (args) => {
	const c = args[0] as PyCell;
	if (c.value === undefined) return `<cell at ${hexId(c)}: empty>`;
	return `<cell at ${hexId(c)}: ${typeName(c.value)} object at ${hexId(c.value)}>`;
});

const CO = (v: PyValue): PyCodeRef => v as PyCodeRef;
method(codeType, '__repr__', (args) => {
	const c = CO(args[0]).code;
	return `<code object ${c.name} at ${hexId(args[0])}, file "${c.filename}", line ${c.firstLine}>`;
});
method(codeType, '__eq__', (args) => {
	const o = args[1];
	if (!(o instanceof PyCodeRef)) return NotImplemented;
	return pyBool(o.code === CO(args[0]).code);
});
method(
	codeType,
	'__hash__',
	(args) => hashValue(CO(args[0]).code.name) ^ CO(args[0]).code.firstLine
);
getset(codeType, 'co_name', (self) => CO(self).code.name);
getset(codeType, 'co_qualname', (self) => CO(self).code.qualname);
getset(codeType, 'co_filename', (self) => CO(self).code.filename);
getset(codeType, 'co_firstlineno', (self) => CO(self).code.firstLine);
getset(codeType, 'co_argcount', (self) => CO(self).code.argcount);
getset(codeType, 'co_posonlyargcount', (self) => CO(self).code.posonlyargcount);
getset(codeType, 'co_kwonlyargcount', (self) => CO(self).code.kwonlyargcount);
getset(codeType, 'co_flags', (self) => CO(self).code.flags & 0xffff);
getset(codeType, 'co_nlocals', (self) => CO(self).code.varnames.length);
getset(codeType, 'co_varnames', (self) => newTuple(CO(self).code.varnames.slice()));
getset(codeType, 'co_cellvars', (self) => newTuple(CO(self).code.cellvars.slice()));
getset(codeType, 'co_freevars', (self) => newTuple(CO(self).code.freevars.slice()));
getset(codeType, 'co_names', (self) => newTuple(CO(self).code.names.slice()));
getset(codeType, 'co_consts', (self) => newTuple(CO(self).code.consts.slice()));

export { classRepr, PyList, toArray, objectType };
export type { Kwargs };
