/*
 * common.ts
 * Small helpers shared by the native standard-library modules: native types owned by a
 * module, keyword-argument binding, int/float argument conversion with CPython's messages.
 */

import { PyObject, PyType, PyValue, Kwargs, makeBuiltinType, objectType, PyFloat, None } from '../objects/object';
import { typeError } from '../objects/exceptions';
import { PyTuple } from '../objects/containers';
import { PyModule } from '../objects/function';
import { typeName, toIndex, newInstanceDict, registerIdentityHashType } from '../objects/protocol';
import { asInt, asFloatExact } from '../objects/numeric';
import { makeIterType } from '../types/iterators';
import { registerModule } from './registry';
import { rt } from '../objects/runtimeState';
import { parse } from '../parser/parser';
import { compileModule } from '../compiler/compiler';
import type { CodeObject } from '../compiler/codeObject';
import { runCode } from '../vm/interpreter';
import type { PythonVersion } from '../api';

/** A native iterator type of a module (`itertools.count`), with __iter__/__next__. */
export function moduleIterType(module: string, name: string, alloc: ((cls: PyType) => PyObject) | null = null): PyType {
	return makeIterType(name, module, alloc);
}

/** A plain native type of a module. */
export function moduleType(module: string, name: string, alloc: ((cls: PyType) => PyObject) | null = null, base: PyType = objectType): PyType {
	const t = makeBuiltinType(name, base, alloc, module);
	registerIdentityHashType(t);
	return t;
}

/** Exposes a type on a module under its own name. */
export function exportType(m: PyModule, t: PyType, name = t.name): void {
	m.dict.setStr(name, t);
}

/** Gives an object of a (possibly user-subclassed) native type its instance dict. */
export function withDict<T extends PyObject>(cls: PyType, obj: T): T {
	if (cls.hasInstanceDict && obj.dict === null) obj.dict = newInstanceDict();
	return obj;
}

/** operator.index() of an argument. */
export function indexArg(v: PyValue): number | bigint {
	return toIndex(v);
}

/** An index argument as a JS number (raises for non-integers). */
export function smallIndexArg(v: PyValue): number {
	const i = toIndex(v);
	return typeof i === 'number' ? i : i > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
}

/** A float argument (int, bool, float or __float__/__index__), CPython's `must be real number` message. */
export function floatArg(v: PyValue): number {
	if (typeof v === 'number') return v;
	if (v instanceof PyFloat) return v.value;
	const f = asFloatExact(v);
	if (f !== undefined) return f;
	const i = asInt(v);
	if (i !== undefined) return Number(i);
	throw typeError(`must be real number, not ${typeName(v)}`);
}

export function tuple(items: PyValue[]): PyTuple {
	return new PyTuple(items);
}

/** Looks up one keyword argument and checks no others were given. */
export function onlyKwargs(fname: string, kwargs: Kwargs | null, allowed: string[]): Map<string, PyValue> {
	const out = new Map<string, PyValue>();
	if (kwargs === null) return out;
	for (const [k, v] of kwargs) {
		if (!allowed.includes(k)) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
		out.set(k, v);
	}
	return out;
}

/** Compiled code of our Python-written modules, per (Python version, module): compiled once per JS realm. */
const compiledModules = new Map<string, CodeObject>();

/**
 * Registers a module written in Python (our own source) like registerPythonModule, but keeps the
 * compiled code object across runs: compiling is the expensive part of importing these modules,
 * and their code objects hold only immutable constants.
 */
export function registerCachedPythonModule(name: string, source: string, natives?: (m: PyModule) => void): void {
	registerModule(name, (m) => {
		const filename = `<frozen ${name}>`;
		m.dict.setStr('__file__', filename);
		// Native helpers the Python code calls (put in its namespace before it runs).
		natives?.(m);
		const key = `${rt.minor}:${name}`;
		let code = compiledModules.get(key);
		if (code === undefined) {
			// Our sources use the newest grammar (positional-only parameters...) whatever version is emulated.
			const parsed = parse(source, { pythonVersion: '3.13' as PythonVersion, filename });
			if (parsed.diagnostics.length) {
				const d = parsed.diagnostics[0];
				throw new Error(`${filename}:${d.line}:${d.column}: ${d.message}`);
			}
			code = compileModule(parsed.module, source, { filename, minor: rt.minor });
			compiledModules.set(key, code);
		}
		runCode(code, m.dict, m.dict);
	}, source);
}

export { None };
