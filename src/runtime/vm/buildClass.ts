/*
 * buildClass.ts
 * builtins.__build_class__: runs a class body in a fresh namespace and calls the metaclass
 * (CPython's builtin___build_class__ in Python/bltinmodule.c).
 */

import { PyType, PyValue, Kwargs, typeType, typeOf } from '../objects/object';
import { PyDict, PyTuple } from '../objects/containers';
import { PyFunction, PyBuiltin } from '../objects/function';
import { typeError } from '../objects/exceptions';
import { call, callMethodValue, getAttrOpt, typeName } from '../objects/protocol';
import { calculateMetaclass, resolveBases } from '../objects/classes';
import { runCode } from './interpreter';

/** __build_class__(func, name, *bases, metaclass=..., **kwds) */
export function buildClass(args: PyValue[], kwargs: Kwargs | null): PyValue {
	const [func, name, ...origBases] = args;
	if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
	if (typeof name !== 'string') throw typeError('__build_class__: name is not a string');
	const bases = resolveBases(origBases);
	const kw: Kwargs = new Map(kwargs ?? []);
	let meta: PyValue | undefined = kw.get('metaclass');
	kw.delete('metaclass');
	let isClass = true;
	if (meta === undefined) meta = bases.length ? typeOf(bases[0]) : typeType;
	if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
	else isClass = false;
	void isClass;
	const prepare = getAttrOpt(meta, '__prepare__');
	let ns: PyValue;
	if (prepare !== undefined) ns = call(prepare, [name, new PyTuple(bases)], kw.size ? kw : null);
	else ns = new PyDict();
	if (!(ns instanceof PyDict)) {
		throw typeError(`${meta instanceof PyType ? meta.name : typeName(meta)}.__prepare__() must return a mapping, not ${typeName(ns)}`);
	}
	runCode(func.code, func.globals, ns, func.closure);
	if (origBases.some((b, i) => b !== bases[i])) ns.setStr('__orig_bases__', new PyTuple(origBases));
	const cls = call(meta, [name, new PyTuple(bases), ns], kw.size ? kw : null);
	return cls;
}

export const buildClassBuiltin = new PyBuiltin('__build_class__', buildClass);
export { callMethodValue };
