/*
 * functions.ts
 * The builtin functions (abs ... zip is a type): each a PyBuiltin with CPython's argument rules
 * and error messages. Functions that need the VM (globals, locals, exec, eval, compile,
 * __import__) go through the hook objects exported here.
 */

import { PyValue, PyType, Kwargs, None, True, False, NotImplemented, pyBool, PyFloat, PyBool, PyBoxed, typeOf, typeType, PyObject, makeBuiltinType, objectType } from '../objects/object';
import {
	typeError,
	valueError,
	newException,
	EOFError,
	NotImplementedError,
	RuntimeError,
	StopIteration,
	AttributeError,
	PyException,
	SystemExit,
} from '../objects/exceptions';
import { PyList, PyTuple, PyDict, newTuple, PyRange } from '../objects/containers';
import { PyBuiltin, PyFunction, PyModule, PyMethod } from '../objects/function';
import {
	call,
	callMethodValue,
	getAttr,
	getAttrOpt,
	getAttrStrict,
	setAttr,
	delAttr,
	repr,
	str as pyStr,
	typeName,
	isTrue,
	getIter,
	iterNext,
	toArray,
	len as pyLen,
	compareBool,
	CmpOp,
	binaryOp,
	objectId,
	toIndex,
	PyIteratorBase,
	genericGetAttr,
} from '../objects/protocol';
import { BinOp, asInt, asFloatExact } from '../objects/numeric';
import * as I from '../lib/intOps';
import { rt } from '../objects/runtimeState';
import { bindArgs, exactlyOne, checkPositional, noKw, posOnly, unexpectedKw, suggest, method, dottedTypeName } from '../types/util';
import { isInstanceOf, isSubclassOf } from '../types/type';
import { sortItems, recordListFrom } from '../types/list';
import { PyCallableIter } from '../types/iterators';
import { formatObject, setAsciiRepr } from '../types/strFormat';
import { asciiOf, asStr } from '../types/str';
import { intPow } from '../types/int';
import { pyHashValue } from '../types/tuple';
import { bytesLike, PyBytes } from '../types/bytes';
import { writeTo, PyStringIO, stringIOType, textIOWrapperType } from '../types/io';
import { CALLING, cRecursionError, enterCalls } from '../objects/cRecursion';

/** Hooks the VM installs for frame-dependent builtins. */
export const frameHooks = {
	globals: (): PyValue => rt.mainDict ?? new PyDict(),
	locals: (): PyValue => rt.mainDict ?? new PyDict(),
};

/** Hooks the VM installs for code execution builtins. */
export const execHooks = {
	exec: null as null | ((args: PyValue[], kwargs: Kwargs | null) => PyValue),
	eval: null as null | ((args: PyValue[], kwargs: Kwargs | null) => PyValue),
	compile: null as null | ((args: PyValue[], kwargs: Kwargs | null) => PyValue),
	import: null as null | ((args: PyValue[], kwargs: Kwargs | null) => PyValue),
	buildClass: null as null | ((args: PyValue[], kwargs: Kwargs | null) => PyValue),
};

export type BuiltinTable = Map<string, PyBuiltin>;

function def(table: BuiltinTable, name: string, fn: (args: PyValue[], kwargs: Kwargs | null) => PyValue, doc: string | null = null): void {
	table.set(name, new PyBuiltin(name, fn, undefined, name, 'builtins', doc));
}

function attrName(v: PyValue, fname: string): string {
	if (typeof v === 'string') return v;
	if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
	throw typeError(rt.minor <= 10 ? `${fname}(): attribute name must be string` : `attribute name must be string, not '${typeName(v)}'`);
}

function isAttributeError(e: unknown): boolean {
	return e instanceof PyException && e.cls.isSubtypeOf(AttributeError);
}

/** callable(x). */
export function isCallable(v: PyValue): boolean {
	if (typeof v !== 'object') return false;
	if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || v instanceof PyMethod) return true;
	return v.cls.lookup('__call__') !== undefined;
}

/** A binary builtin dispatching to __op__/__rop__ (divmod). */
function binarySpecial(a: PyValue, b: PyValue, name: string, label: string): PyValue {
	const ta = typeOf(a);
	const tb = typeOf(b);
	const slotA = ta.lookup(`__${name}__`);
	const slotB = ta !== tb ? tb.lookup(`__r${name}__`) : undefined;
	if (slotB !== undefined && tb.isSubtypeOf(ta) && ta !== tb) {
		const r = callMethodValue(slotB, b, [a]);
		if (r !== NotImplemented) return r;
	}
	if (slotA !== undefined) {
		const r = callMethodValue(slotA, a, [b]);
		if (r !== NotImplemented) return r;
	}
	if (slotB !== undefined && !tb.isSubtypeOf(ta)) {
		const r = callMethodValue(slotB, b, [a]);
		if (r !== NotImplemented) return r;
	}
	throw typeError(`unsupported operand type(s) for ${label}: '${ta.name}' and '${tb.name}'`);
}

/** hash(x) as the Python int CPython would print (exact for numbers). */
export function pyHash(v: PyValue): PyValue {
	return pyHashValue(v);
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/** A __hash__ result as CPython stores it: as-is when it fits a Py_hash_t, else hashed again. */
export function fitHash(n: I.PyInt): I.PyInt {
	if (typeof n === 'number' || (n >= INT64_MIN && n <= INT64_MAX)) return I.compare(n, -1) === 0 ? -2 : n;
	return I.hashInt(n);
}

/**
 * The C recursion levels of file.write for print (3.7–3.11): see builtinPrint. Calling the
 * write method of sys.stdout (a TextIOWrapper) or of a StringIO is one; a TextIOWrapper with
 * write_through (python -u) would make one more call, to its buffer, but sys.stdout has none.
 */
function printWriteLevels(file: PyValue): number {
	const t = typeOf(file);
	if (t === textIOWrapperType) return 1;
	return file instanceof PyStringIO && t === stringIOType ? 1 : 0;
}

/**
 * builtin_sorted sorts by calling the new list's sort method: up to 3.11, one guarded call more
 * (" while calling a Python object") around the comparisons and the key function.
 */
function sortInCall(items: PyValue[], key: PyValue, reverse: boolean): void {
	enterCalls(1);
	try {
		sortItems(items, key, reverse);
	} finally {
		rt.depth--;
	}
}

/** print(*args, sep=' ', end='\n', file=None, flush=False). */
function builtinPrint(args: PyValue[], kwargs: Kwargs | null): PyValue {
	let sep = ' ';
	let end = '\n';
	let file: PyValue = None;
	let flush = false;
	if (kwargs !== null) {
		for (const [k, v] of kwargs) {
			switch (k) {
				case 'sep':
					if (v !== None) {
						const s = asStr(v);
						if (s === undefined) throw typeError(`sep must be None or a string, not ${typeName(v)}`);
						sep = s;
					}
					break;
				case 'end':
					if (v !== None) {
						const s = asStr(v);
						if (s === undefined) throw typeError(`end must be None or a string, not ${typeName(v)}`);
						end = s;
					}
					break;
				case 'file':
					file = v;
					break;
				case 'flush':
					flush = isTrue(v);
					break;
				default:
					throw typeError(unexpectedKw('print', k, ['sep', 'end', 'file', 'flush']));
			}
		}
	}
	let direct = false;
	if (file === None) {
		const sys = rt.modules.get('sys');
		if (sys instanceof PyModule) {
			file = sys.dict.getStr('stdout') ?? None;
			if (file === None) return None;
		} else direct = true;
	}
	// Each piece goes to file.write (PyFile_WriteObject), after its PyObject_Str: with the
	// recursion limit near (3.7–3.11), the first write to fail the limit is where print stops.
	const writeLevels = rt.minor > 11 ? 0 : direct ? 1 : printWriteLevels(file);
	let text = '';
	for (let i = 0; i < args.length; i++) {
		if (i) {
			if (rt.depth + writeLevels > rt.recursionLimit) throw cRecursionError(CALLING);
			text += sep;
		}
		const a = args[i];
		text += typeof a === 'string' ? a : pyStr(a);
		if (rt.depth + writeLevels > rt.recursionLimit) throw cRecursionError(CALLING);
	}
	if (rt.depth + writeLevels > rt.recursionLimit) throw cRecursionError(CALLING);
	text += end;
	if (direct) {
		rt.write('stdout', text);
		return None;
	}
	writeTo(file, text);
	if (flush) {
		const f = getAttrOpt(file, 'flush');
		if (f !== undefined) call(f, []);
	}
	return None;
}

function minmax(args: PyValue[], kwargs: Kwargs | null, isMax: boolean): PyValue {
	const name = isMax ? 'max' : 'min';
	let key: PyValue = None;
	let dflt: PyValue | undefined;
	if (kwargs !== null && kwargs.size > 0) {
		if (kwargs.size > 2) throw typeError(`${name}() takes at most 2 keyword arguments (${kwargs.size} given)`);
		for (const [k, v] of kwargs) {
			if (k === 'key') key = v;
			else if (k === 'default') dflt = v;
			else throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
		}
	}
	if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
	let items: PyValue[];
	if (args.length === 1) items = toArray(args[0]);
	else {
		if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
		items = args;
	}
	if (items.length === 0) {
		if (dflt !== undefined) return dflt;
		throw valueError(rt.minor >= 12 ? `${name}() iterable argument is empty` : `${name}() arg is an empty sequence`);
	}
	const op = isMax ? CmpOp.Gt : CmpOp.Lt;
	let best = items[0];
	let bestKey = key === None ? best : call(key, [best]);
	for (let i = 1; i < items.length; i++) {
		const x = items[i];
		const k = key === None ? x : call(key, [x]);
		// PyObject_RichCompareBool, with its recursion guard, for ints too.
		if (compareBool(k, bestKey, op)) {
			best = x;
			bestKey = k;
		}
	}
	return best;
}

function builtinSum(args: PyValue[], kwargs: Kwargs | null): PyValue {
	if (rt.minor < 8) noKw('sum', kwargs);
	const [iterable, startV] = bindArgs({ name: 'sum', params: ['iterable', 'start'], posOnly: 1, required: 1 }, args, kwargs, 0);
	const start: PyValue = startV === undefined ? 0 : startV;
	if (typeof start === 'string' || (start instanceof PyBoxed && typeof start.value === 'string'))
		throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
	if (start instanceof PyBytes) {
		throw typeError(
			start.cls.name === 'bytearray' ? "sum() can't sum bytearray [use b''.join(seq) instead]" : "sum() can't sum bytes [use b''.join(seq) instead]"
		);
	}
	const it = getIter(iterable!);
	let acc: PyValue = start;
	// Integer fast path.
	if (typeof acc === 'number' || typeof acc === 'bigint') {
		let i: I.PyInt = acc;
		for (;;) {
			const x = iterNext(it);
			if (x === undefined) return i;
			if (typeof x === 'number' && typeof i === 'number') {
				const r = i + x;
				if (Number.isSafeInteger(r)) {
					i = r;
					continue;
				}
			}
			if (typeof x === 'number' || typeof x === 'bigint' || x instanceof PyBool) {
				i = I.add(i, asInt(x)!);
				continue;
			}
			if (x instanceof PyFloat) {
				const first = binaryOp(BinOp.Add, i, x);
				const nx = iterNext(it);
				if (nx === undefined) return first;
				return floatSum(first as PyFloat, nx, it);
			}
			acc = binaryOp(BinOp.Add, i, x);
			break;
		}
	} else if (acc instanceof PyFloat) {
		const x = iterNext(it);
		if (x === undefined) return acc;
		return floatSum(acc, x, it);
	}
	for (;;) {
		const x = iterNext(it);
		if (x === undefined) return acc;
		acc = binaryOp(BinOp.Add, acc, x);
	}
}

/** Float summation (Neumaier-compensated from 3.12, plain before). `first` is the next item. */
function floatSum(start: PyFloat, first: PyValue, it: PyValue): PyValue {
	let f = start.value;
	let c = 0;
	const compensated = rt.minor >= 12;
	let x: PyValue | undefined = first;
	while (x !== undefined) {
		let v: number | undefined;
		if (x instanceof PyFloat) v = x.value;
		else if (typeof x === 'number') v = x;
		else if (x instanceof PyBool) v = x.value;
		if (v === undefined) {
			if (compensated && c && Number.isFinite(c)) f += c;
			let acc: PyValue = binaryOp(BinOp.Add, new PyFloat(f), x);
			for (;;) {
				const y = iterNext(it);
				if (y === undefined) return acc;
				acc = binaryOp(BinOp.Add, acc, y);
			}
		}
		if (compensated && x instanceof PyFloat) {
			const t = f + v;
			if (Math.abs(f) >= Math.abs(v)) c += f - t + v;
			else c += v - t + f;
			f = t;
		} else f += v;
		x = iterNext(it);
	}
	if (compensated && c && Number.isFinite(c)) f += c;
	return new PyFloat(f);
}

function builtinRound(args: PyValue[], kwargs: Kwargs | null): PyValue {
	const [number, ndigits] = bindArgs({ name: 'round', params: ['number', 'ndigits'], required: 1 }, args, kwargs, 0);
	const x = number!;
	const t = typeOf(x);
	const m = t.lookup('__round__');
	if (m === undefined) throw typeError(`type ${t.name} doesn't define __round__ method`);
	if (ndigits === undefined || ndigits === None) return callMethodValue(m, x, []);
	return callMethodValue(m, x, [ndigits]);
}

function builtinPow(args: PyValue[], kwargs: Kwargs | null): PyValue {
	const [base, exp, mod] = bindArgs({ name: 'pow', params: ['base', 'exp', 'mod'], required: 2 }, args, kwargs, 0);
	if (mod === undefined || mod === None) return binaryOp(BinOp.Pow, base!, exp!);
	const a = asInt(base!);
	const b = asInt(exp!);
	const m = asInt(mod);
	if (a !== undefined && b !== undefined && m !== undefined) return intPow(a, b, m);
	const slot = typeOf(base!).lookup('__pow__');
	if (slot !== undefined) {
		const r = callMethodValue(slot, base!, [exp!, mod]);
		if (r !== NotImplemented) return r;
	}
	throw typeError(`unsupported operand type(s) for ${rt.minor >= 10 ? '** or pow()' : 'pow()'}: '${typeName(base!)}', '${typeName(exp!)}', '${typeName(mod)}'`);
}

function intPrefix(v: PyValue, base: number, prefix: string): string {
	const i = toIndex(v);
	const neg = I.sign(i) < 0;
	return (neg ? '-' : '') + prefix + I.intToString(I.abs(i), base);
}

function builtinDir(args: PyValue[], kwargs: Kwargs | null): PyValue {
	posOnly('dir', args, kwargs, 0, 1);
	let names: PyValue[];
	if (args.length === 0) {
		const loc = frameHooks.locals();
		names = toArray(call(getAttr(loc, 'keys'), []));
	} else {
		const obj = args[0];
		const m = typeOf(obj).lookup('__dir__');
		if (m === undefined) throw typeError('object does not provide __dir__');
		names = toArray(callMethodValue(m, obj, []));
	}
	const l = names.slice();
	sortItems(l, None, false);
	return new PyList(l);
}

function builtinVars(args: PyValue[], kwargs: Kwargs | null): PyValue {
	posOnly('vars', args, kwargs, 0, 1);
	if (args.length === 0) return frameHooks.locals();
	try {
		return getAttr(args[0], '__dict__');
	} catch (e) {
		if (isAttributeError(e)) throw typeError('vars() argument must have __dict__ attribute');
		throw e;
	}
}

export function builtinNext(args: PyValue[], kwargs: Kwargs | null): PyValue {
	posOnly('next', args, kwargs, 1, 2);
	const it = args[0];
	if (it instanceof PyIteratorBase) {
		const v = it.nextValue();
		if (v !== undefined) return v;
		if (args.length > 1) return args[1];
		throw it.stopIteration();
	}
	const m = typeOf(it).lookup('__next__');
	if (m === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
	if (args.length === 1) return callMethodValue(m, it, []);
	try {
		return callMethodValue(m, it, []);
	} catch (e) {
		if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) return args[1];
		throw e;
	}
}

/** Fills `table` with the builtin functions. */
export function defineBuiltinFunctions(table: BuiltinTable): void {
	def(table, 'print', builtinPrint);
	def(table, 'len', (args, kwargs) => {
		const v = exactlyOne('len', args, kwargs);
		if (typeof v === 'object' && v instanceof PyList) return v.items.length;
		return pyLen(v);
	});
	def(table, 'repr', (args, kwargs) => repr(exactlyOne('repr', args, kwargs)));
	def(table, 'ascii', (args, kwargs) => asciiOf(exactlyOne('ascii', args, kwargs)));
	def(table, 'abs', (args, kwargs) => {
		const v = exactlyOne('abs', args, kwargs);
		if (typeof v === 'number') return Math.abs(v);
		if (typeof v === 'bigint') return I.abs(v);
		if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
		if (v instanceof PyBool) return v.value;
		const m = typeOf(v).lookup('__abs__');
		if (m === undefined) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
		return callMethodValue(m, v, []);
	});
	def(table, 'all', (args, kwargs) => {
		const it = getIter(exactlyOne('all', args, kwargs));
		for (;;) {
			const x = iterNext(it);
			if (x === undefined) return True;
			if (!isTrue(x)) return False;
		}
	});
	def(table, 'any', (args, kwargs) => {
		const it = getIter(exactlyOne('any', args, kwargs));
		for (;;) {
			const x = iterNext(it);
			if (x === undefined) return False;
			if (isTrue(x)) return True;
		}
	});
	def(table, 'bin', (args, kwargs) => intPrefix(exactlyOne('bin', args, kwargs), 2, '0b'));
	def(table, 'oct', (args, kwargs) => intPrefix(exactlyOne('oct', args, kwargs), 8, '0o'));
	def(table, 'hex', (args, kwargs) => intPrefix(exactlyOne('hex', args, kwargs), 16, '0x'));
	def(table, 'callable', (args, kwargs) => pyBool(isCallable(exactlyOne('callable', args, kwargs))));
	def(table, 'chr', (args, kwargs) => {
		const v = exactlyOne('chr', args, kwargs);
		if (rt.minor <= 9 && asInt(v) === undefined && (typeof v !== 'object' || v.cls.lookup('__index__') === undefined))
			throw typeError(`an integer is required (got type ${typeName(v)})`);
		const i = toIndex(v);
		if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) {
			if (typeof i === 'bigint') throw newException(overflowType(), 'Python int too large to convert to C int');
			throw valueError('chr() arg not in range(0x110000)');
		}
		return i >= 0xd800 && i <= 0xdfff ? String.fromCharCode(i) : String.fromCodePoint(i);
	});
	def(table, 'ord', (args, kwargs) => {
		const v = exactlyOne('ord', args, kwargs);
		const s = asStr(v);
		if (s !== undefined) {
			const cps = Array.from(s);
			if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
			return cps[0].codePointAt(0)!;
		}
		const b = bytesLike(v);
		if (b !== null) {
			if (b.length !== 1) throw typeError(`ord() expected a character, but string of length ${b.length} found`);
			return b[0];
		}
		throw typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
	});
	def(table, 'divmod', (args, kwargs) => {
		posOnly('divmod', args, kwargs, 2, 2);
		return binarySpecial(args[0], args[1], 'divmod', 'divmod()');
	});
	def(table, 'format', (args, kwargs) => {
		if (args.length > 2) throw typeError(`format expected at most 2 arguments, got ${args.length}`);
		const [value, spec] = bindArgs({ name: 'format', params: ['value', 'format_spec'], posOnly: 2, required: 1 }, args, kwargs);
		let s = '';
		if (spec !== undefined) {
			const x = asStr(spec);
			if (x === undefined) throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
			s = x;
		}
		return formatObject(value!, s);
	});
	def(table, 'getattr', (args, kwargs) => {
		posOnly('getattr', args, kwargs, 2, 3);
		const name = attrName(args[1], 'getattr');
		if (args.length === 2) return getAttrStrict(args[0], name);
		try {
			const v = getAttrOpt(args[0], name);
			return v === undefined ? args[2] : v;
		} catch (e) {
			if (isAttributeError(e)) return args[2];
			throw e;
		}
	});
	def(table, 'setattr', (args, kwargs) => {
		posOnly('setattr', args, kwargs, 3, 3);
		setAttr(args[0], attrName(args[1], 'setattr'), args[2]);
		return None;
	});
	def(table, 'delattr', (args, kwargs) => {
		posOnly('delattr', args, kwargs, 2, 2);
		delAttr(args[0], attrName(args[1], 'delattr'));
		return None;
	});
	def(table, 'hasattr', (args, kwargs) => {
		posOnly('hasattr', args, kwargs, 2, 2);
		const name = attrName(args[1], 'hasattr');
		try {
			return pyBool(getAttrOpt(args[0], name) !== undefined);
		} catch (e) {
			if (isAttributeError(e)) return False;
			throw e;
		}
	});
	def(table, 'hash', (args, kwargs) => pyHash(exactlyOne('hash', args, kwargs)));
	def(table, 'id', (args, kwargs) => objectId(exactlyOne('id', args, kwargs)));
	def(table, 'isinstance', (args, kwargs) => {
		posOnly('isinstance', args, kwargs, 2, 2);
		return pyBool(isInstanceOf(args[0], args[1]));
	});
	def(table, 'issubclass', (args, kwargs) => {
		posOnly('issubclass', args, kwargs, 2, 2);
		return pyBool(isSubclassOf(args[0], args[1]));
	});
	def(table, 'iter', (args, kwargs) => {
		posOnly('iter', args, kwargs, 1, 2);
		if (args.length === 1) return getIter(args[0]);
		if (!isCallable(args[0]))
			throw typeError(rt.minor === 12 ? 'iter(object, sentinel): object must be callable' : 'iter(v, w): v must be callable');
		return new PyCallableIter(args[0], args[1]);
	});
	def(table, 'next', builtinNext);
	def(table, 'max', (args, kwargs) => minmax(args, kwargs, true));
	def(table, 'min', (args, kwargs) => minmax(args, kwargs, false));
	def(table, 'pow', builtinPow);
	def(table, 'round', builtinRound);
	def(table, 'sum', builtinSum);
	def(table, 'sorted', (args, kwargs) => {
		if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
		const [, key, reverse] = bindArgs({ name: 'sort', params: ['iterable', 'key', 'reverse'], kwOnlyFrom: 1 }, args, kwargs);
		const items = toArray(args[0]);
		(rt.minor <= 11 ? sortInCall : sortItems)(items, key === undefined ? None : key, reverse === undefined ? false : isTrue(reverse));
		const result = new PyList(items);
		recordListFrom(result, args[0], true);
		return result;
	});
	def(table, 'dir', builtinDir);
	def(table, 'vars', builtinVars);
	def(table, 'globals', (args, kwargs) => {
		noKw('globals', kwargs);
		if (args.length) throw typeError(`globals() takes no arguments (${args.length} given)`);
		return frameHooks.globals();
	});
	def(table, 'locals', (args, kwargs) => {
		noKw('locals', kwargs);
		if (args.length) throw typeError(`locals() takes no arguments (${args.length} given)`);
		return frameHooks.locals();
	});
	def(table, 'input', (args, kwargs) => {
		posOnly('input', args, kwargs, 0, 1);
		if (args.length === 1) builtinPrint([args[0]], new Map([['end', '']]));
		throw newException(EOFError, 'EOF when reading a line');
	});
	def(table, 'open', () => {
		throw newException(NotImplementedError, 'open() is not available in the browser runtime');
	});
	def(table, 'breakpoint', () => None);
	for (const name of ['exec', 'eval', 'compile'] as const) {
		def(table, name, (args, kwargs) => {
			const h = execHooks[name];
			if (!h) throw newException(NotImplementedError, `${name}() is not available`);
			return h(args, kwargs);
		});
	}
	def(table, '__import__', (args, kwargs) => {
		const h = execHooks.import;
		if (!h) throw newException(NotImplementedError, '__import__() is not available');
		return h(args, kwargs);
	});
	def(table, '__build_class__', (args, kwargs) => {
		const h = execHooks.buildClass;
		if (!h) throw newException(NotImplementedError, '__build_class__ is not available');
		return h(args, kwargs);
	});
	def(table, 'aiter', (args, kwargs) => {
		const v = exactlyOne('aiter', args, kwargs);
		const m = typeOf(v).lookup('__aiter__');
		if (m === undefined) throw typeError(`'${typeName(v)}' object is not an async iterable`);
		const r = callMethodValue(m, v, []);
		if (typeOf(r).lookup('__anext__') === undefined)
			throw typeError(`aiter() returned not an async iterator of type '${typeName(r)}'`);
		return r;
	});
	def(table, 'anext', (args, kwargs) => {
		posOnly('anext', args, kwargs, 1, 2);
		const v = args[0];
		const m = typeOf(v).lookup('__anext__');
		if (m === undefined) throw typeError(`'${typeName(v)}' object is not an async iterator`);
		if (args.length === 1) return callMethodValue(m, v, []);
		const h = anextDefaultHook.fn;
		if (!h) throw newException(NotImplementedError, 'anext() with a default is not available');
		return h(v, args[1]);
	});
	setAsciiRepr(asciiOf);
}

/** `exit` / `quit` (site's Quitter objects): calling one raises SystemExit(code). */
export const quitterType = dottedTypeName(makeBuiltinType('Quitter', objectType, null, '_sitebuiltins'));
export class PyQuitter extends PyObject {
	constructor(public name: string) {
		super(quitterType);
	}
}
method(quitterType, '__repr__', (args) => `Use ${(args[0] as PyQuitter).name}() or Ctrl-D (i.e. EOF) to exit`);
method(quitterType, '__call__', (args, kwargs) => {
	const [code] = bindArgs({ name: '__call__', params: ['code'] }, args, kwargs, 1);
	throw code === undefined || code === None ? newException(SystemExit) : newException(SystemExit, code);
});

/** anext(it, default) needs an awaitable wrapper from the VM's coroutine machinery. */
export const anextDefaultHook = {
	fn: null as null | ((it: PyValue, dflt: PyValue) => PyValue),
};

import { OverflowError } from '../objects/exceptions';
const overflowType = (): PyType => OverflowError;

export { unexpectedKw, suggest };
export { RuntimeError, PyTuple, PyRange, newTuple, checkPositional, asFloatExact, typeType, genericGetAttr };
