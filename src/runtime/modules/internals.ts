/*
 * internals.ts
 * `_pyco`: native helpers for the standard-library modules written in Python (inspect, types,
 * warnings, functools...): generator states, code flags, function signatures, the caller's
 * location for warnings, the builtin type objects, and a small regex matcher.
 */

import { PyValue, PyType, PyFloat, None, True, False, pyBool, noneType, notImplementedType, ellipsisType, NotImplemented } from '../objects/object';
import { typeError } from '../objects/exceptions';
import { PyDict, PyList, PyTuple, newTuple } from '../objects/containers';
import {
	PyModule,
	PyFunction,
	PyMethod,
	PyBuiltin,
	functionType,
	methodType,
	builtinFunctionType,
	moduleType,
	codeType,
	cellType,
	methodDescriptorType,
	classMethodDescriptorType,
	getSetDescriptorType,
	PyClassMethod,
	PyStaticMethod,
	PyProperty,
} from '../objects/function';
import { typeName } from '../objects/protocol';
import { registerModule, defFunction } from './registry';
import { CodeFlags, CodeObject } from '../compiler/codeObject';
import { PyGenerator, PyCoroutine, PyAsyncGenerator, GenState, generatorType, coroutineType, asyncGeneratorType } from '../vm/generators';
import { currentFrame } from '../vm/interpreter';
import { wallTime } from '../vm/clock';
import type { Frame } from '../vm/frame';

/** Code flag: frames of this code are not shown in tracebacks (C functions in CPython). */
export const HIDDEN_FRAME_FLAG = 1 << 22;

function stateName(s: GenState): string {
	switch (s) {
		case GenState.Created:
			return 'CREATED';
		case GenState.Running:
			return 'RUNNING';
		case GenState.Suspended:
			return 'SUSPENDED';
		default:
			return 'CLOSED';
	}
}

function codeOf(f: PyValue): CodeObject | null {
	if (f instanceof PyFunction) return f.code;
	if (f instanceof PyMethod) return codeOf(f.func);
	return null;
}

/** Converts a Python regex (the common subset) to a JS RegExp source. */
export function pyRegexToJs(p: string): string {
	// (?P<name>...) -> (?<name>...), (?P=name) -> \k<name>, \Z -> $, \A -> ^
	return p
		.replace(/\(\?P<([A-Za-z_][A-Za-z0-9_]*)>/g, '(?<$1>')
		.replace(/\(\?P=([A-Za-z_][A-Za-z0-9_]*)\)/g, '\\k<$1>')
		.replace(/\\Z/g, '$')
		.replace(/\\A/g, '^');
}

registerModule('_pyco', (m: PyModule) => {
	defFunction(m, 'gen_state', (args) => {
		const g = args[0];
		if (g instanceof PyGenerator || g instanceof PyCoroutine || g instanceof PyAsyncGenerator) return stateName(g.state);
		throw typeError(`expected a generator or coroutine, got ${typeName(g)}`);
	});
	defFunction(m, 'code_flags', (args) => {
		const g = args[0];
		if (g instanceof PyGenerator || g instanceof PyCoroutine || g instanceof PyAsyncGenerator) return g.frame.code.flags & 0xffff;
		const c = codeOf(g);
		return c === null ? 0 : c.flags & 0xffff;
	});
	/** types.coroutine: a copy of the function's code with CO_ITERABLE_COROUTINE set. */
	defFunction(m, 'make_iterable_coroutine', (args) => {
		const f = args[0];
		if (!(f instanceof PyFunction)) throw typeError('types.coroutine() expects a callable');
		f.code = f.code.withFlags(f.code.flags | CodeFlags.IterableCoroutine);
		return f;
	});
	/**
	 * signature_info(func) -> (params, has_self) where params is a list of
	 * (name, kind, default_or_NotImplemented, annotation_or_NotImplemented); kinds follow
	 * inspect.Parameter: 0 positional-only, 1 positional-or-keyword, 2 *args, 3 keyword-only, 4 **kwargs.
	 */
	defFunction(m, 'signature_info', (args) => {
		let f = args[0];
		let bound = false;
		if (f instanceof PyMethod) {
			bound = true;
			f = f.func;
		}
		if (!(f instanceof PyFunction)) return None;
		const c = f.code;
		const out: PyValue[] = [];
		const nPos = c.argcount;
		const defaults = f.defaults ?? [];
		const firstDefault = nPos - defaults.length;
		const ann = f.annotations instanceof PyDict ? f.annotations : null;
		const MISSING = notImplementedSentinel;
		const annOf = (name: string): PyValue => ann?.getStr(name) ?? MISSING;
		for (let i = 0; i < nPos; i++) {
			const name = c.varnames[i];
			const kind = i < c.posonlyargcount ? 0 : 1;
			out.push(newTuple([name, kind, i >= firstDefault ? defaults[i - firstDefault] : MISSING, annOf(name)]));
		}
		let idx = nPos + c.kwonlyargcount;
		if (c.flags & CodeFlags.VarArgs) {
			const name = c.varnames[idx];
			out.push(newTuple([name, 2, MISSING, annOf(name)]));
		}
		for (let i = nPos; i < nPos + c.kwonlyargcount; i++) {
			const name = c.varnames[i];
			out.push(newTuple([name, 3, f.kwdefaults?.get(name) ?? MISSING, annOf(name)]));
		}
		if (c.flags & CodeFlags.VarArgs) idx++;
		if (c.flags & CodeFlags.VarKeywords) {
			const name = c.varnames[idx];
			out.push(newTuple([name, 4, MISSING, annOf(name)]));
		}
		return newTuple([new PyList(out), pyBool(bound), ann?.getStr('return') ?? MISSING]);
	});
	/** caller(depth) -> (filename, lineno, globals, source_line) of the frame `depth` levels up, or None. */
	defFunction(m, 'caller', (args) => {
		let depth = typeof args[0] === 'number' ? args[0] : 0;
		let f: Frame | null = currentFrame();
		while (f !== null && depth > 0) {
			f = f.back;
			depth--;
		}
		if (f === null) return None;
		const line = f.line;
		const src = f.code.source;
		let text: PyValue = '';
		if (src !== null && src !== undefined) {
			const l = src.split('\n')[line - 1];
			if (l !== undefined) text = l;
		}
		return newTuple([f.code.filename, line, f.globals, text, f.code.name]);
	});
	/** The stack depth (number of Python frames) below the caller. */
	defFunction(m, 'stack_depth', () => {
		let n = 0;
		for (let f = currentFrame(); f !== null; f = f.back) n++;
		return n;
	});
	defFunction(m, 'builtin_types', () => {
		const d = new PyDict();
		const put = (k: string, t: PyType): void => d.setStr(k, t);
		put('FunctionType', functionType);
		put('MethodType', methodType);
		put('BuiltinFunctionType', builtinFunctionType);
		put('ModuleType', moduleType);
		put('CodeType', codeType);
		put('CellType', cellType);
		put('GeneratorType', generatorType);
		put('CoroutineType', coroutineType);
		put('AsyncGeneratorType', asyncGeneratorType);
		put('NoneType', noneType);
		put('NotImplementedType', notImplementedType);
		put('EllipsisType', ellipsisType);
		put('MethodDescriptorType', methodDescriptorType);
		put('ClassMethodDescriptorType', classMethodDescriptorType);
		put('GetSetDescriptorType', getSetDescriptorType);
		return d;
	});
	/** re_match(pattern, text, ignorecase, full) -> bool: Python re.match/fullmatch for simple patterns. */
	defFunction(m, 're_match', (args) => {
		const [p, s, ic, full] = args;
		const src = pyRegexToJs(p as string);
		const re = new RegExp(full === True ? `^(?:${src})$` : `^(?:${src})`, ic === True ? 'iu' : 'u');
		return pyBool(re.test(s as string));
	});
	/**
	 * hide_from_tracebacks(func): marks a function of our Python-written modules that CPython
	 * implements in C, so its frame is left out of printed tracebacks (the VM honours
	 * HIDDEN_FRAME_FLAG on the code object). Returns func.
	 */
	defFunction(m, 'hide_from_tracebacks', (args) => {
		const f = args[0];
		if (f instanceof PyFunction) f.code.flags |= HIDDEN_FRAME_FLAG;
		return f;
	});
	/**
	 * hide_module_frames(namespace): hide_from_tracebacks for every function and method (incl.
	 * properties, class/static methods) defined in a module namespace (modules that are written
	 * in C in CPython, such as datetime and decimal).
	 */
	defFunction(m, 'hide_module_frames', (args) => {
		const ns = args[0];
		if (!(ns instanceof PyDict)) return None;
		const modName = ns.getStr('__name__');
		const hide = (v: PyValue | undefined): void => {
			if (v instanceof PyFunction) v.code.flags |= HIDDEN_FRAME_FLAG;
			else if (v instanceof PyClassMethod || v instanceof PyStaticMethod) hide(v.func);
			else if (v instanceof PyProperty) {
				hide(v.fget);
				hide(v.fset);
				hide(v.fdel);
			}
		};
		for (const v of ns.valueList()) {
			hide(v);
			if (v instanceof PyType && !v.isBuiltin && v.module === modName) for (const x of v.ns.values()) hide(x);
		}
		return None;
	});
	/** The run's clock: real start date + virtual elapsed time, in seconds since the epoch. */
	defFunction(m, 'wall_time', () => new PyFloat(wallTime()));
	/** The host's local UTC offset (seconds east of UTC) at a POSIX timestamp. */
	defFunction(m, 'local_offset', (args) => {
		const ts = args[0] instanceof PyFloat ? args[0].value : Number(args[0] ?? 0);
		const off = -new Date(ts * 1000).getTimezoneOffset() * 60;
		return Number.isFinite(off) ? off : 0;
	});
	defFunction(m, 'is_builtin_function', (args) => pyBool(args[0] instanceof PyBuiltin));
	defFunction(m, 'func_code_info', (args) => {
		const c = codeOf(args[0]);
		if (c === null) return None;
		return newTuple([c.filename, c.firstLine, c.name, c.qualname]);
	});
});

/** Marker for "no default" in signature_info. */
const notImplementedSentinel: PyValue = NotImplemented;

void False;
void PyTuple;
