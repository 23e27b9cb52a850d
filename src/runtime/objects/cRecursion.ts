/*
 * cRecursion.ts
 * CPython 3.7–3.11's C-level recursion guards. C code that may recurse brackets its work with
 * Py_EnterRecursiveCall(" where") / Py_LeaveRecursiveCall(), and until 3.12 that guard counts on
 * the same counter as Python frames (tstate->recursion_depth; recursion_remaining in 3.11). So a
 * runaway recursion often reaches the limit inside a C operation of its deepest frame, and the
 * RecursionError names it ("maximum recursion depth exceeded in comparison"); and while such an
 * operation runs Python code (a __eq__, a __repr__, the key function of sorted()), those frames
 * are one level deeper. 3.12 gave C code a counter of its own: nothing here applies from 3.12.
 *
 * rt.depth counts Python frames; the guards below add their level while their operation runs.
 * The places that guard, and which version guards what, mirror CPython (each site cites the
 * function): PyObject_RichCompare, PyObject_Str, PyObject_Repr, the calls of builtins (tp_call
 * and the builtin vectorcalls), and the 3.11 specialising interpreter, which skips some of them.
 */

import { rt } from './runtimeState';
import { newException, RecursionError, type PyException } from './exceptions';
import { PyType, type PyValue } from './object';
import { PyFunction, PyMethod, PyBuiltin, PyMethodDescriptor } from './function';

export const IN_COMPARISON = ' in comparison';
export const GETTING_STR = ' while getting the str of an object';
export const GETTING_REPR = ' while getting the repr of an object';
export const CALLING = ' while calling a Python object';

/** _Py_CheckRecursiveCall's error: the limit was reached entering a C level named by `where`. */
export function cRecursionError(where: string): PyException {
	return newException(RecursionError, 'maximum recursion depth exceeded' + where);
}

/**
 * Py_EnterRecursiveCall + Py_LeaveRecursiveCall around an operation that runs no Python code and
 * no nested guard: only the check remains. Callers test `rt.depth >= rt.recursionLimit` first, so
 * the usual case costs one comparison.
 */
export function cLimitReached(where: string): void {
	if (rt.minor <= 11) throw cRecursionError(where);
}

// ---------------------------------------------------------------------------------------------
// Calls.

/**
 * Builtin types whose calls skip tp_call (they have a vectorcall of their own, which does not
 * guard), with the first minor version that has it: bpo-37207 (3.9) for the containers and range,
 * then float, bool, type (one argument), map and filter in 3.10, enumerate in 3.11.
 */
const VECTORCALL_TYPES: Record<string, number> = {
	list: 9,
	tuple: 9,
	dict: 9,
	set: 9,
	frozenset: 9,
	range: 9,
	float: 10,
	bool: 10,
	type: 10,
	map: 10,
	filter: 10,
	enumerate: 11,
};

function typeHasVectorcall(t: PyType, nargs: number): boolean {
	if (!t.isBuiltin) return false;
	const since = VECTORCALL_TYPES[t.name];
	if (since === undefined || rt.minor < since) return false;
	// type_vectorcall handles type(x) only; type(name, bases, ns) goes on to tp_call.
	return t.name !== 'type' || nargs === 1;
}

/**
 * The METH_VARARGS builtin functions, which 3.8 guards twice: _PyObject_MakeTpCall, then
 * cfunction_call_varargs (read from the PyMethodDefs of 3.8.18, for the names this runtime
 * defines). 3.7 and 3.9+ guard them once.
 */
const VARARGS_FUNCTIONS_38 = new Set(
	(
		'bisect.bisect bisect.bisect_left bisect.bisect_right bisect.insort bisect.insort_left ' +
		'bisect.insort_right builtins.__import__ builtins.dir builtins.max builtins.min builtins.vars ' +
		'math.log sys.getsizeof time.asctime time.ctime time.gmtime time.localtime time.strftime'
	).split(' ')
);

/**
 * The builtins that CPython 3.11 implements with METH_FASTCALL, without and with METH_KEYWORDS:
 * its specialising interpreter calls them directly (PRECALL_NO_KW_BUILTIN_FAST,
 * PRECALL_BUILTIN_FAST_WITH_KEYWORDS, PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST, ...), without the
 * guard that the METH_O, METH_NOARGS and METH_VARARGS ones keep. Read from each builtin's
 * PyMethodDef.ml_flags in 3.11.7, for the names this runtime defines.
 */
const FASTCALL_311 = new Set(
	(
		'builtins.anext builtins.delattr builtins.divmod builtins.eval builtins.format ' +
		'builtins.getattr builtins.hasattr builtins.input builtins.isinstance builtins.issubclass ' +
		'builtins.iter builtins.next builtins.setattr bytearray.pop bytearray.replace ' +
		'bytearray.strip bytes.replace bytes.strip deque.index deque.insert deque.rotate ' +
		'dict.fromkeys dict.get dict.pop dict.setdefault float.__round__ generator.throw ' +
		'heapq.heappush heapq.heappushpop heapq.heapreplace int.__round__ itertools.tee list.index ' +
		'list.insert list.pop math.atan2 math.comb math.copysign math.dist math.fmod math.gcd ' +
		'math.hypot math.lcm math.ldexp math.nextafter math.perm math.pow math.remainder ' +
		'operator.add operator.and_ operator.concat operator.contains operator.countOf ' +
		'operator.delitem operator.eq operator.floordiv operator.ge operator.getitem operator.gt ' +
		'operator.iadd operator.iand operator.iconcat operator.ifloordiv operator.ilshift ' +
		'operator.imatmul operator.imod operator.imul operator.indexOf operator.ior operator.ipow ' +
		'operator.irshift operator.is_ operator.is_not operator.isub operator.itruediv ' +
		'operator.ixor operator.le operator.length_hint operator.lshift operator.lt operator.matmul ' +
		'operator.mod operator.mul operator.ne operator.or_ operator.pow operator.rshift ' +
		'operator.setitem operator.sub operator.truediv operator.xor str.center str.ljust ' +
		'str.lstrip str.replace str.rjust str.rstrip str.strip sys._getframe sys.exit tuple.index'
	).split(' ')
);
const FASTCALL_KW_311 = new Set(
	(
		'bisect.bisect bisect.bisect_left bisect.bisect_right bisect.insort bisect.insort_left ' +
		'bisect.insort_right builtins.__build_class__ builtins.__import__ builtins.breakpoint ' +
		'builtins.compile builtins.exec builtins.open builtins.pow builtins.print builtins.round ' +
		'builtins.sorted builtins.sum bytearray.decode bytearray.hex bytearray.split bytes.decode ' +
		'bytes.hex bytes.split int.from_bytes int.to_bytes list.sort math.isclose math.prod ' +
		'operator.call str.encode str.expandtabs str.rsplit str.split str.splitlines ' +
		'sys.set_int_max_str_digits type.__prepare__'
	).split(' ')
);

/** What CPython's tables above say of a builtin (bits, cached on the object: see cpyFlags). */
const enum CpyFlag {
	Fast311 = 1, // METH_FASTCALL in 3.11
	FastKw311 = 2, // METH_FASTCALL | METH_KEYWORDS in 3.11
	Len = 4,
	ListAppend = 8,
	Varargs38 = 16,
	Known = 32,
}

function cpyFlags(f: PyBuiltin | PyMethodDescriptor): number {
	if (f.cpyFlags !== 0) return f.cpyFlags;
	const key =
		f instanceof PyMethodDescriptor
			? `${f.owner.name}.${f.name}`
			: f.self !== undefined
				? f.qualname
				: `${f.module ?? 'builtins'}.${f.qualname}`;
	let flags = CpyFlag.Known;
	if (FASTCALL_311.has(key)) flags |= CpyFlag.Fast311;
	if (FASTCALL_KW_311.has(key)) flags |= CpyFlag.FastKw311;
	if (key === 'builtins.len') flags |= CpyFlag.Len;
	if (key === 'list.append') flags |= CpyFlag.ListAppend;
	if (f instanceof PyBuiltin && f.self === undefined && VARARGS_FUNCTIONS_38.has(key))
		flags |= CpyFlag.Varargs38;
	f.cpyFlags = flags;
	return flags;
}

/**
 * How many guards a call of `f` made through PyObject_Call / PyObject_Vectorcall enters (by C
 * code, or by 3.7–3.10's CALL_FUNCTION; callers test rt.minor <= 11): the builtin functions and
 * method descriptors one (3.7 _PyMethodDef_RawFastCall*, 3.8+ cfunction_enter_call /
 * method_enter_call; two for 3.8's METH_VARARGS functions), types and other objects called
 * through tp_call one (3.7 _PyObject_FastCallKeywords, 3.8+ _PyObject_MakeTpCall), Python
 * functions none (their frame counts), bound methods none from 3.8 (method_vectorcall).
 */
export function callLevels(f: PyValue, nargs: number): number {
	if (f instanceof PyFunction) return 0;
	// 3.7's PyObject_Call and _PyObject_FastCallDict reach a bound method through tp_call.
	if (f instanceof PyMethod) return rt.minor === 7 ? 1 : 0;
	if (f instanceof PyType) return typeHasVectorcall(f, nargs) ? 0 : 1;
	if (rt.minor === 8 && f instanceof PyBuiltin && cpyFlags(f) & CpyFlag.Varargs38) return 2;
	return 1;
}

/** Enters `levels` call guards (" while calling a Python object"); the caller gives them back. */
export function enterCalls(levels: number): void {
	if (rt.depth + levels > rt.recursionLimit) throw cRecursionError(CALLING);
	rt.depth += levels;
}

/**
 * Whether a CALL instruction of 3.11 enters a guard once specialised, after
 * _Py_Specialize_Precall:
 * - builtin functions: METH_FASTCALL ones are called directly (keywords only with
 *   METH_KEYWORDS), and len(x) has its own instruction; the others keep the guard;
 * - method descriptors: never with keywords; METH_FASTCALL ones directly, and list.append(x) as a
 *   statement (PRECALL_NO_KW_LIST_APPEND, whose result is popped);
 * - types: str(x) (PRECALL_NO_KW_STR_1) and the vectorcall types directly, others by tp_call.
 * `nargs` counts self; `resultPopped`: the next instruction is POP_TOP.
 */
export function callEntersC311(
	f: PyValue,
	nargs: number,
	hasKw: boolean,
	resultPopped: boolean
): boolean {
	if (f instanceof PyBuiltin) {
		const flags = cpyFlags(f);
		if (flags & CpyFlag.FastKw311) return false;
		if (flags & CpyFlag.Fast311) return hasKw;
		return !(flags & CpyFlag.Len) || nargs !== 1 || hasKw;
	}
	if (f instanceof PyMethodDescriptor) {
		if (hasKw) return true;
		const flags = cpyFlags(f);
		if (flags & (CpyFlag.Fast311 | CpyFlag.FastKw311)) return false;
		return !(flags & CpyFlag.ListAppend) || nargs !== 2 || !resultPopped;
	}
	if (f instanceof PyType && f.isBuiltin && f.name === 'str' && nargs === 1 && !hasKw) return false;
	return callLevels(f, nargs) > 0;
}
