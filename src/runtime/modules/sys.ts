/*
 * sys.ts
 * The sys module: the emulated version, stdout/stderr, the recursion limit, exc_info, exit,
 * and the module table.
 */

import { originTracking } from '../vm/generators';
import {
	PyValue,
	None,
	True,
	PyFloat,
	PyType,
	typeType,
	typeOf,
} from '../objects/object';
import { PyDict, PyTuple, PyList, newTuple, tupleType } from '../objects/containers';
import { PyModule } from '../objects/function';
import {
	newException,
	SystemExit,
	valueError,
	typeError,
	RecursionError,
} from '../objects/exceptions';
import { rt } from '../objects/runtimeState';
import { cpythonSizeOf } from './sizeOf';
import { newStdStream } from '../types/io';
import { registerModule, defFunction, sysModules } from './registry';
import { isTrue, repr as pyRepr, toIndex, typeName } from '../objects/protocol';
import { asInt } from '../objects/numeric';
import { currentHandled, currentFrame, vmHooks } from '../vm/interpreter';
import { method, getset } from '../types/util';
import { getFrame } from '../vm/genTypes';

/** Full versions reported for each emulated minor version (the interpreters the tests use). */
export const FULL_VERSIONS: Record<number, [number, number, number]> = {
	7: [3, 7, 16],
	8: [3, 8, 18],
	9: [3, 9, 18],
	10: [3, 10, 13],
	11: [3, 11, 7],
	12: [3, 12, 1],
	13: [3, 13, 0],
};

/** A named tuple type like CPython's structseq (sys.version_info, sys.int_info). */
function structSeq(name: string, fields: string[]): PyType {
	const t = new PyType(typeType, name, [tupleType], new Map(), {
		builtin: true,
		module: 'sys',
		alloc: tupleType.alloc,
	});
	fields.forEach((f, i) => getset(t, f, (self) => (self as PyTuple).items[i]));
	method(t, '__repr__', (args) => {
		const self = args[0] as PyTuple;
		return `sys.${name}(${fields.map((f, i) => `${f}=${pyRepr(self.items[i])}`).join(', ')})`;
	});
	return t;
}

const versionInfoSeq = structSeq('version_info', [
	'major',
	'minor',
	'micro',
	'releaselevel',
	'serial',
]);
const intInfoSeq = structSeq('int_info', [
	'bits_per_digit',
	'sizeof_digit',
	'default_max_str_digits',
	'str_digits_check_threshold',
]);

function makeVersionInfo(minor: number): PyTuple {
	const [a, b, c] = FULL_VERSIONS[minor];
	return new PyTuple([a, b, c, 'final', 0], versionInfoSeq);
}

registerModule('sys', (m: PyModule) => {
	// Coroutine origin tracking starts off in every run (asyncio's debug mode turns it on).
	originTracking.depth = 0;
	defFunction(m, 'set_coroutine_origin_tracking_depth', (args, kwargs) => {
		const v = kwargs?.get('depth') ?? args[0];
		if (v === undefined) throw typeError("set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)");
		const n = Number(toIndex(v));
		if (n < 0) throw valueError('depth must be >= 0');
		originTracking.depth = n;
		return None;
	});
	defFunction(m, 'get_coroutine_origin_tracking_depth', () => originTracking.depth);
	const d = m.dict;
	const [a, b, c] = FULL_VERSIONS[rt.minor];
	d.setStr('version_info', makeVersionInfo(rt.minor));
	d.setStr('version', `${a}.${b}.${c} (pyco, TypeScript runtime) [virtual clock]`);
	d.setStr('hexversion', (a << 24) | (b << 16) | (c << 8) | 0xf0);
	d.setStr('platform', 'emscripten');
	d.setStr('implementation', None);
	d.setStr('byteorder', 'little');
	d.setStr('maxsize', 9223372036854775807n);
	d.setStr('maxunicode', 0x10ffff);
	d.setStr('argv', new PyList(['<main>']));
	d.setStr('path', new PyList([]));
	d.setStr('modules', sysModules());
	d.setStr('builtin_module_names', newTuple(['builtins', 'sys', 'time']));
	d.setStr('dont_write_bytecode', True);
	// _io.TextIOWrapper objects (types/io.ts): name, mode, encoding, their repr...
	const stdout = newStdStream('stdout');
	const stderr = newStdStream('stderr');
	d.setStr('stdout', stdout);
	d.setStr('stderr', stderr);
	d.setStr('__stdout__', stdout);
	d.setStr('__stderr__', stderr);
	d.setStr('stdin', None);
	defFunction(m, 'getrecursionlimit', () => rt.recursionLimit);
	defFunction(m, 'setrecursionlimit', (args) => {
		const n = asInt(args[0]);
		if (n === undefined) throw typeError("'float' object cannot be interpreted as an integer");
		if (Number(n) < 1) throw valueError('recursion limit must be greater or equal than 1');
		if (Number(n) <= rt.depth) {
			throw newException(
				RecursionError,
				`cannot set the recursion limit to ${n} at the recursion depth ${rt.depth}: the limit is too low`
			);
		}
		rt.recursionLimit = Math.min(Number(n), 100000);
		return None;
	});
	defFunction(m, 'exit', (args) => {
		const code = args.length ? args[0] : None;
		throw newException(SystemExit, ...(args.length ? [code] : []));
	});
	defFunction(m, 'exc_info', () => {
		const e = currentHandled(currentFrame());
		return e === null
			? newTuple([None, None, None])
			: newTuple([e.cls, e, vmHooks.makeTraceback ? vmHooks.makeTraceback(e) : None]);
	});
	defFunction(m, 'exception', () => currentHandled(currentFrame()) ?? None);
	defFunction(m, 'getsizeof', (args, kwargs) => {
		if (kwargs !== null && kwargs.size > 0) throw typeError('getsizeof() takes no keyword arguments');
		if (args.length < 1 || args.length > 2)
			throw typeError(`getsizeof() takes at most 2 arguments (${args.length} given)`);
		return cpythonSizeOf(args[0]);
	});
	defFunction(m, 'intern', (args) => args[0]);
	// The GIL's switch interval: our runtime has one thread, but programs print it.
	let switchInterval = 0.005;
	defFunction(m, 'getswitchinterval', () => new PyFloat(switchInterval));
	defFunction(m, 'setswitchinterval', (args) => {
		const v = args[0];
		const x = v instanceof PyFloat ? v.value : typeof v === 'number' ? v : NaN;
		if (!(x > 0)) throw valueError('switch interval must be strictly positive');
		switchInterval = x;
		return None;
	});
	if (rt.minor >= 13) defFunction(m, '_is_gil_enabled', () => True);
	defFunction(m, 'getdefaultencoding', () => 'utf-8');
	defFunction(m, 'getfilesystemencoding', () => 'utf-8');
	// The int <-> str digit limit (3.11+); types/int.ts reads rt.modules 'sys'.intMaxStrDigits.
	rt.modules.set('sys', m);
	if (rt.minor >= 11) {
		d.setStr('int_info', new PyTuple([30, 4, 4300, 640], intInfoSeq));
		defFunction(
			m,
			'get_int_max_str_digits',
			() => (rt.modules.get('sys.intMaxStrDigits') as number | undefined) ?? 4300
		);
		defFunction(m, 'set_int_max_str_digits', (args, kwargs) => {
			const v = args[0] ?? kwargs?.get('maxdigits');
			const n = v === undefined ? undefined : asInt(v);
			if (n === undefined)
				throw typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
			if (Number(n) !== 0 && Number(n) < 640)
				throw valueError('maxdigits must be 0 or larger than 640');
			rt.modules.set('sys.intMaxStrDigits', Number(n));
			return None;
		});
	} else {
		d.setStr(
			'int_info',
			new PyTuple([30, 4], structSeq('int_info', ['bits_per_digit', 'sizeof_digit']))
		);
	}
	defFunction(m, '_getframe', (args, kwargs) => {
		if (kwargs !== null && kwargs.size > 0)
			throw typeError('_getframe() takes no keyword arguments');
		if (args.length > 1)
			throw typeError(`_getframe expected at most 1 argument, got ${args.length}`);
		if (args.length === 0) return getFrame(0);
		const v = args[0];
		if (rt.minor < 10 && asInt(v) === undefined && typeOf(v).lookup('__index__') === undefined)
			throw typeError(`an integer is required (got type ${typeName(v)})`);
		return getFrame(Number(toIndex(v)));
	});
	void isTrue;
	void PyDict;
});

export type { PyValue };
