/*
 * util.ts
 * Small helpers shared by the builtin types: installing methods/getsets on a type's namespace
 * and checking/binding native call arguments with CPython's error messages.
 */

import { PyType, PyValue, Kwargs, NativeFn, None, bumpTypeEpoch } from '../objects/object';
import { PyMethodDescriptor, PyClassMethodDescriptor, PyGetSet, PyBuiltin, PyStaticMethod } from '../objects/function';
import { typeError, attributeError } from '../objects/exceptions';
import { rt } from '../objects/runtimeState';

/** Installs a native method on a builtin type (args[0] is self). */
export function method(t: PyType, name: string, fn: NativeFn, doc: string | null = null): PyMethodDescriptor {
	const d = new PyMethodDescriptor(name, fn, t, doc);
	t.ns.set(name, d);
	bumpTypeEpoch();
	return d;
}

/** Installs several methods at once. */
export function methods(t: PyType, table: Record<string, NativeFn>): void {
	for (const name of Object.keys(table)) method(t, name, table[name]);
}

/** Installs a native classmethod (args[0] is the class). */
export function classMethod(t: PyType, name: string, fn: NativeFn): void {
	t.ns.set(name, new PyClassMethodDescriptor(name, fn, t));
	bumpTypeEpoch();
}

/** Installs a native staticmethod. */
export function staticMethod(t: PyType, name: string, fn: NativeFn): void {
	t.ns.set(name, new PyStaticMethod(new PyBuiltin(name, fn, undefined, `${t.name}.${name}`)));
	bumpTypeEpoch();
}

/** Installs `__new__` (a builtin function taking the class first, like CPython's tp_new wrapper). */
export function setNew(t: PyType, fn: NativeFn): PyBuiltin {
	const b = new PyBuiltin('__new__', fn, undefined, `${t.name}.__new__`);
	t.ns.set('__new__', b);
	bumpTypeEpoch();
	return b;
}

/** Installs a getset (data descriptor) attribute. */
export function getset(
	t: PyType,
	name: string,
	getter: (self: PyValue) => PyValue,
	setter: ((self: PyValue, value: PyValue) => void) | null = null
): void {
	t.ns.set(name, new PyGetSet(name, getter, setter, t));
	bumpTypeEpoch();
}

/** Sets a plain class attribute. */
export function attr(t: PyType, name: string, value: PyValue): void {
	t.ns.set(name, value);
	bumpTypeEpoch();
}

// ---------------------------------------------------------------------------------------------
// Argument checking. `offset` is the number of leading args that are not user arguments (self).

function plural(n: number, word = 'argument'): string {
	return n === 1 && rt.minor >= 8 ? word : word + 's';
}

/** `name() takes no keyword arguments` when kwargs are present. */
export function noKw(name: string, kwargs: Kwargs | null): void {
	if (kwargs !== null && kwargs.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** METH_O style: `name() takes exactly one argument (N given)`. */
export function exactlyOne(name: string, args: PyValue[], kwargs: Kwargs | null, offset = 0): PyValue {
	noKw(name, kwargs);
	const n = args.length - offset;
	if (n !== 1) {
		// 3.7/3.8 name METH_O methods without their class (append(), not list.append()).
		const shown = rt.minor <= 8 && name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name;
		throw typeError(`${shown}() takes exactly one argument (${n} given)`);
	}
	return args[offset];
}

/** METH_NOARGS style: `name() takes no arguments (N given)`. */
export function noArgs(name: string, args: PyValue[], kwargs: Kwargs | null, offset = 1): void {
	noKw(name, kwargs);
	const n = args.length - offset;
	if (n !== 0) throw typeError(`${name}() takes no arguments (${n} given)`);
}

/** Argument Clinic positional-only check: `name expected at most 2 arguments, got 3`. */
export function checkPositional(name: string, args: PyValue[], min: number, max: number, offset = 0): void {
	const n = args.length - offset;
	if (n < min) {
		throw typeError(
			min === max
				? `${name} expected ${min} ${plural(min)}, got ${n}`
				: `${name} expected at least ${min} ${plural(min)}, got ${n}`
		);
	}
	if (n > max) {
		throw typeError(
			min === max
				? `${name} expected ${max} ${plural(max)}, got ${n}`
				: `${name} expected at most ${max} ${plural(max)}, got ${n}`
		);
	}
}

/** Positional-only args with no keywords (Clinic style), returns nothing: use args directly. */
export function posOnly(name: string, args: PyValue[], kwargs: Kwargs | null, min: number, max: number, offset = 0): void {
	noKw(name, kwargs);
	checkPositional(name, args, min, max, offset);
}

export interface ArgSpec {
	/** Function name used in messages (without parentheses). */
	name: string;
	/** Parameter names in order. */
	params: string[];
	/** Number of required parameters (from the start). */
	required?: number;
	/** Number of leading positional-only parameters. */
	posOnly?: number;
	/** Index from which parameters are keyword-only. */
	kwOnlyFrom?: number;
	/** Say "exactly N positional arguments" (Clinic when all positionals are required). */
	exactPositional?: boolean;
}

/**
 * Binds args/kwargs to parameters with Argument Clinic's messages. Missing optional params are
 * undefined in the result. `offset` skips self.
 */
export function bindArgs(spec: ArgSpec, args: PyValue[], kwargs: Kwargs | null, offset = 0): (PyValue | undefined)[] {
	const { name, params } = spec;
	const required = spec.required ?? 0;
	const posOnlyN = spec.posOnly ?? 0;
	const maxPos = spec.kwOnlyFrom ?? params.length;
	const n = args.length - offset;
	const out = new Array<PyValue | undefined>(params.length);
	if (n > maxPos) {
		if (maxPos === 0) throw typeError(`${name}() takes no positional arguments`);
		const kwGiven = kwargs ? kwargs.size : 0;
		if (required > 0 && required === maxPos && maxPos === params.length)
			throw typeError(`${name}() takes exactly ${maxPos} ${plural(maxPos)} (${n + kwGiven} given)`);
		if (spec.kwOnlyFrom !== undefined)
			throw typeError(`${name}() takes ${spec.exactPositional ? 'exactly' : 'at most'} ${maxPos} positional ${plural(maxPos)} (${n} given)`);
		throw typeError(`${name}() takes at most ${maxPos} ${plural(maxPos)} (${n + kwGiven} given)`);
	}
	for (let i = 0; i < n; i++) out[i] = args[offset + i];
	if (kwargs !== null && kwargs.size > 0) {
		for (const [k, v] of kwargs) {
			const idx = params.indexOf(k);
			if (idx < 0 || idx < posOnlyN) {
				if (idx >= 0 && idx < posOnlyN) {
					throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${k}'`);
				}
				throw typeError(unexpectedKw(name, k, params.slice(posOnlyN)));
			}
			if (out[idx] !== undefined) {
				throw typeError(`argument for ${name}() given by name ('${k}') and position (${idx + 1})`);
			}
			out[idx] = v;
		}
	}
	for (let i = 0; i < required; i++) {
		if (out[i] === undefined) {
			if (i < posOnlyN || i >= n) {
				if (i < maxPos && i >= posOnlyN) throw typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
				if (i >= maxPos) throw typeError(`${name}() missing required keyword-only argument '${params[i]}'`);
				throw typeError(`${name}() takes at least ${required} positional ${plural(required)} (${n} given)`);
			}
		}
	}
	return out;
}

/** `x` or the default when undefined/None-like absent. */
export function orDefault<T extends PyValue>(v: PyValue | undefined, d: T): PyValue {
	return v === undefined ? d : v;
}

export function isNoneOrUndef(v: PyValue | undefined): boolean {
	return v === undefined || v === None;
}

/** CPython 3.13's "Did you mean" suggestion for unexpected keyword arguments. */
export function unexpectedKw(fname: string, k: string, params: string[]): string {
	if (rt.minor < 13) return `'${k}' is an invalid keyword argument for ${fname}()`;
	let msg = `${fname}() got an unexpected keyword argument '${k}'`;
	if (rt.minor >= 13) {
		const s = suggest(k, params);
		if (s !== null) msg += `. Did you mean '${s}'?`;
	}
	return msg;
}

function levenshtein(a: string, b: string, maxCost: number): number {
	const MOVE = 2;
	const CASE = 1;
	if (a === b) return 0;
	const la = a.length;
	const lb = b.length;
	let prev = new Array<number>(lb + 1);
	for (let j = 0; j <= lb; j++) prev[j] = j * MOVE;
	for (let i = 1; i <= la; i++) {
		const cur = new Array<number>(lb + 1);
		cur[0] = i * MOVE;
		let rowMin = cur[0];
		for (let j = 1; j <= lb; j++) {
			const ca = a[i - 1];
			const cb = b[j - 1];
			const sub = ca === cb ? 0 : ca.toLowerCase() === cb.toLowerCase() ? CASE : MOVE;
			cur[j] = Math.min(prev[j - 1] + sub, prev[j] + MOVE, cur[j - 1] + MOVE);
			rowMin = Math.min(rowMin, cur[j]);
		}
		if (rowMin > maxCost) return maxCost + 1;
		prev = cur;
	}
	return prev[lb];
}

/** The closest name (CPython's _Py_CalculateSuggestions rules), or null. */
export function suggest(name: string, candidates: string[]): string | null {
	let best: string | null = null;
	let bestDist = Infinity;
	for (const c of candidates) {
		if (c === name) continue;
		const maxCost = Math.floor(((name.length + c.length + 3) * 2) / 6);
		const d = levenshtein(name, c, maxCost);
		if (d > maxCost) continue;
		if (d < bestDist) {
			best = c;
			bestDist = d;
		}
	}
	return best;
}


/** A method that only exists from Python 3.`minor`: older versions get the AttributeError. */
export function since(minor: number, t: PyType, name: string, fn: NativeFn): NativeFn {
	return (args, kwargs) => {
		if (rt.minor < minor) throw attributeError(`'${t.name}' object has no attribute '${name}'`);
		return fn(args, kwargs);
	};
}

/** Installs a method that exists only from Python 3.`minor`. */
export function methodSince(minor: number, t: PyType, name: string, fn: NativeFn): PyMethodDescriptor {
	return method(t, name, since(minor, t, name, fn));
}

/** Gives a builtin type of another module CPython's dotted tp_name ('types.GenericAlias'): used by
 * error messages, while __name__/__qualname__ stay the last component. */
export function dottedTypeName(t: PyType): PyType {
	if (!t.name.includes('.')) {
		t.qualname = t.name;
		t.name = `${t.module}.${t.name}`;
	}
	return t;
}
