/*
 * util.ts
 * Helpers shared by the asyncio modules: native type creation, argument parsing, the
 * per-run state (running loop, current tasks, task counter, policy), CPython-style callback
 * formatting (format_helpers.py) and synthetic traceback entries for asyncio's own frames.
 */

import { stackTuple, type StackEntry } from '../../vm/tracebackModule';
import { PyObject, PyType, PyValue, Kwargs, None, makeBuiltinType, objectType, PyFloat, typeOf, bumpTypeEpoch } from '../../objects/object';
import { PyException, TracebackEntry, typeError, Exception as exceptionType } from '../../objects/exceptions';
import { PyList, PyTuple } from '../../objects/containers';
import { bindArgs, type ArgSpec } from '../../types/util';
import { PyFunction, PyMethod, PyBuiltin } from '../../objects/function';
import { registerIdentityHashType, repr, getAttrOpt, typeName, newInstanceDict, toArray, getItem, objectId, call, getAttr, str } from '../../objects/protocol';
import { loadModule } from '../registry';
import { sortItems } from '../../types/list';
import { asNumber } from '../../objects/numeric';
import { rt } from '../../objects/runtimeState';
import { raisedFresh } from '../../vm/interpreter';
import type { EventLoop, LoopEntry } from './baseEvents';
import type { Task } from './tasks';

/** A native asyncio type (identity hash, instances get a __dict__ when subclassed). */
export function asyncioType(
	name: string,
	module: string,
	base: PyType = objectType,
	alloc: ((cls: PyType) => PyObject) | null = null
): PyType {
	const t = makeBuiltinType(name, base, alloc, module);
	registerIdentityHashType(t);
	return t;
}

/** A class's __name__ (the native asyncio types have C's dotted tp_name, '_asyncio.Task'). */
export function className(t: PyType): string {
	return t.isBuiltin && t.name.includes('.') ? t.name.slice(t.name.lastIndexOf('.') + 1) : t.name;
}

/** Gives instances of user subclasses their __dict__. */
export function withDict<T extends PyObject>(obj: T): T {
	if (obj.cls.hasInstanceDict && obj.dict === null) obj.dict = newInstanceDict();
	return obj;
}

/** Parses (args, kwargs) against parameter names; undefined = not given. */
export function parseArgs(
	fname: string,
	args: PyValue[],
	kwargs: Kwargs | null,
	params: string[],
	required: number,
	offset = 1,
	kwOnlyFrom = params.length
): (PyValue | undefined)[] {
	const out = new Array<PyValue | undefined>(params.length);
	const n = args.length - offset;
	if (n > kwOnlyFrom) {
		throw typeError(
			`${fname}() takes ${kwOnlyFrom === required ? '' : 'from ' + (required + 1) + ' to '}${kwOnlyFrom + 1} positional arguments but ${n + 1} were given`
		);
	}
	for (let i = 0; i < n; i++) out[i] = args[offset + i];
	if (kwargs !== null) {
		for (const [k, v] of kwargs) {
			const idx = params.indexOf(k);
			if (idx < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
			if (out[idx] !== undefined) throw typeError(`${fname}() got multiple values for argument '${k}'`);
			out[idx] = v;
		}
	}
	for (let i = 0; i < required; i++) {
		if (out[i] === undefined) {
			throw typeError(`${fname}() missing 1 required positional argument: '${params[i]}'`);
		}
	}
	return out;
}

/** A float/int argument as a JS number (None -> null). */
export function numArg(v: PyValue | undefined, what = 'delay'): number | null {
	if (v === undefined || v === None) return null;
	const x = asNumber(v);
	if (x === undefined) {
		if (v instanceof PyFloat) return v.value;
		throw typeError(`'${typeName(v)}' object cannot be interpreted as a ${what === 'delay' ? 'float' : what}`);
	}
	return x;
}

// ---------------------------------------------------------------------------------------------
// Per-run state (one program at a time per realm: reset when asyncio is imported by a run).

export interface AsyncioState {
	runningLoop: EventLoop | null;
	/** How the next run_forever is being started (read and reset by runForeverG). */
	loopEntry: LoopEntry;
	/** loop -> task currently executing a step on it (CPython _current_tasks). */
	currentTasks: Map<EventLoop, Task>;
	/** Tasks not yet done, in creation order (CPython _scheduled_tasks, a WeakSet there). */
	allTasks: Set<Task>;
	/** Process-global counter behind the default task names Task-N. */
	taskCounter: number;
	/** The policy's loop for the main thread (events.BaseDefaultEventLoopPolicy._local). */
	policyLoop: EventLoop | null;
	policySetCalled: boolean;
	policy: PyValue | null;
	/** Loops created in this run that still need end-of-run reports. */
	loops: EventLoop[];
	/** Futures/tasks whose exception nobody retrieved (reported when their loop closes). */
	unretrieved: Set<PyObject>;
	/** True while asyncio.create_task (the module function) creates a task (debug reprs). */
	creatingViaModule: boolean;
	/** Set while asyncio.ensure_future() runs (its frames end a debug-mode task's source traceback). */
	creatingViaEnsureFuture: boolean;
	/** Simulated network: the open file descriptors and the next ephemeral port. */
	openFds: Set<number>;
	nextPort: number;
}

export const state: AsyncioState = freshState();

function freshState(): AsyncioState {
	return {
		runningLoop: null,
		loopEntry: 'internal',
		currentTasks: new Map(),
		allTasks: new Set(),
		taskCounter: 0,
		policyLoop: null,
		policySetCalled: false,
		policy: null,
		loops: [],
		unretrieved: new Set(),
		creatingViaModule: false,
		creatingViaEnsureFuture: false,
		openFds: new Set(),
		nextPort: 50000,
	};
}

/** Called when a run first imports asyncio. */
export function resetState(): void {
	Object.assign(state, freshState());
	rt.modules.set('asyncio.state', state);
}

// ---------------------------------------------------------------------------------------------
// format_helpers.py: callback descriptions used by Handle/Task reprs and error messages.

/** (filename, first line) of a Python function behind a callable, or null. */
export function functionSource(fn: PyValue): [string, number] | null {
	if (fn instanceof PyMethod) return functionSource(fn.func);
	if (fn instanceof PyFunction) return [fn.code.filename, fn.code.firstLine];
	if (typeof fn === 'object' && fn.cls.name === 'partial') {
		const f = getAttrOpt(fn, 'func');
		if (f !== undefined) return functionSource(f);
	}
	return null;
}

function formatArgs(args: PyValue[]): string {
	return '(' + args.map((a) => reprLimited(a)).join(', ') + ')';
}

/** The limits of reprlib's module-level `aRepr` (reprlib.Repr's defaults). */
const REPR_LIMITS = { level: 6, tuple: 6, list: 6, dict: 4, set: 6, frozenset: 6, deque: 6, str: 30, int: 40, other: 30 };

/** Keeps the first and last characters of `s` around '...' so that it fits in `limit` (reprlib). */
function elide(s: string, limit: number): string {
	const chars = [...s];
	if (chars.length <= limit) return s;
	const head = Math.max(0, (limit - 3) >> 1);
	const tail = Math.max(0, limit - 3 - head);
	return chars.slice(0, head).join('') + '...' + chars.slice(chars.length - tail).join('');
}

/** reprlib._possibly_sorted: sorted when the items compare, else in iteration order. */
function possiblySorted(items: PyValue[]): PyValue[] {
	const copy = items.slice();
	try {
		sortItems(copy, None, false);
		return copy;
	} catch (e) {
		if (e instanceof PyException && e.cls.isSubtypeOf(exceptionType)) return items;
		throw e;
	}
}

/**
 * reprlib.repr (Repr.repr1 with the default limits), used by format_helpers and Future reprs:
 * containers show their first few items, long strings/ints/other reprs keep both ends. Like
 * repr1, it dispatches on the exact type name, so subclasses are shortened as plain objects.
 */
export function reprLimited(v: PyValue, level: number = REPR_LIMITS.level): string {
	const typeNameOfV = typeOf(v).name.split(' ').filter((p) => p !== '').join('_');
	const iterable = (items: PyValue[], left: string, right: string, maxItems: number, trail = ''): string => {
		if (level <= 0 && items.length) return left + '...' + right;
		const pieces = items.slice(0, maxItems).map((x) => reprLimited(x, level - 1));
		if (items.length > maxItems) pieces.push('...');
		if (items.length === 1 && trail) right = trail + right;
		return left + pieces.join(', ') + right;
	};
	switch (typeNameOfV) {
		case 'tuple':
			return iterable(toArray(v), '(', ')', REPR_LIMITS.tuple, ',');
		case 'list':
			return iterable(toArray(v), '[', ']', REPR_LIMITS.list);
		case 'deque':
			return iterable(toArray(v), 'deque([', '])', REPR_LIMITS.deque);
		case 'set': {
			const items = toArray(v);
			return items.length ? iterable(possiblySorted(items), '{', '}', REPR_LIMITS.set) : 'set()';
		}
		case 'frozenset': {
			const items = toArray(v);
			return items.length ? iterable(possiblySorted(items), 'frozenset({', '})', REPR_LIMITS.frozenset) : 'frozenset()';
		}
		case 'dict': {
			const keys = toArray(v);
			if (keys.length === 0) return '{}';
			if (level <= 0) return '{...}';
			const pieces = possiblySorted(keys)
				.slice(0, REPR_LIMITS.dict)
				.map((k) => `${reprLimited(k, level - 1)}: ${reprLimited(getItem(v, k), level - 1)}`);
			if (keys.length > REPR_LIMITS.dict) pieces.push('...');
			return '{' + pieces.join(', ') + '}';
		}
		case 'str': {
			if (typeof v !== 'string') return elide(repr(v), REPR_LIMITS.other);
			// Repr.repr_str: the repr of the first 30 characters; if that is too long, the repr
			// of the first 13 + last 14 characters, cut to keep its own first 13 and last 14.
			const chars = [...v];
			const max = REPR_LIMITS.str;
			const s = repr(chars.slice(0, max).join(''));
			if ([...s].length <= max) return s;
			const head = Math.max(0, (max - 3) >> 1);
			const tail = Math.max(0, max - 3 - head);
			const shortened = [...repr(chars.slice(0, head).join('') + chars.slice(Math.max(0, chars.length - tail)).join(''))];
			return shortened.slice(0, head).join('') + '...' + shortened.slice(shortened.length - tail).join('');
		}
		case 'int':
			return elide(repr(v), REPR_LIMITS.int);
		default: {
			let s: string;
			try {
				s = repr(v);
			} catch (e) {
				if (e instanceof PyException && e.cls.isSubtypeOf(exceptionType))
					return `<${typeOf(v).name} instance at 0x${objectId(v).toString(16)}>`;
				throw e;
			}
			return elide(s, REPR_LIMITS.other);
		}
	}
}

/**
 * format_helpers._format_callback (without the source suffix). From 3.13 the arguments are
 * shown only in debug mode (`showArgs` false: "()").
 */
export function formatCallback(fn: PyValue, args: PyValue[], showArgs = true): string {
	if (typeof fn === 'object' && fn.cls.name === 'partial') {
		const inner = getAttrOpt(fn, 'func') ?? None;
		const pargs = getAttrOpt(fn, 'args');
		const extra = pargs instanceof PyTuple ? pargs.items : [];
		return formatCallback(inner, [...extra, ...args], showArgs);
	}
	let name: string;
	const q = fn instanceof PyFunction ? fn.qualname : fn instanceof PyBuiltin ? fn.qualname : getAttrOpt(fn, '__qualname__');
	if (typeof q === 'string') name = q;
	else name = repr(fn);
	return name + (showArgs ? formatArgs(args) : '()');
}

/**
 * Where CPython defines the asyncio callbacks that are plain Python functions (first line, for
 * 3.7 .. 3.13): format_helpers._get_function_source gives them an " at FILE:LINE" suffix in
 * reprs (`cb=[_run_until_complete_cb() at .../base_events.py:180]`). Bound methods
 * (TaskGroup._on_task_done, the 3.13 _AsCompletedIterator's) and C callbacks get none.
 */
const NATIVE_CALLBACK_SOURCES: ReadonlyMap<string, [string, readonly number[]]> = new Map<string, [string, readonly number[]]>([
	['_run_until_complete_cb', ['base_events.py', [157, 184, 184, 184, 180, 180, 182]]],
	['gather.<locals>._done_callback', ['tasks.py', [691, 769, 0, 720, 764, 767, 820]]],
	['_gather.<locals>._done_callback', ['tasks.py', [0, 0, 767, 0, 0, 0, 0]]],
	['_wait.<locals>._on_completion', ['tasks.py', [466, 518, 509, 475, 519, 534, 521]]],
	['as_completed.<locals>._on_completion', ['tasks.py', [547, 606, 598, 558, 602, 618, 0]]],
	['as_completed.<locals>._on_timeout', ['tasks.py', [541, 600, 592, 552, 596, 612, 0]]],
	['shield.<locals>._inner_done_callback', ['tasks.py', [803, 885, 890, 847, 891, 905, 958]]],
	['shield.<locals>._outer_done_callback', ['tasks.py', [820, 902, 907, 864, 908, 922, 975]]],
	['_release_waiter', ['tasks.py', [392, 429, 416, 387, 431, 467, 454]]],
	['_set_result_unless_cancelled', ['futures.py', [287, 284, 308, 309, 311, 311, 312]]],
	['_chain_future.<locals>._call_set_state', ['futures.py', [358, 367, 391, 392, 394, 394, 393]]],
	['StreamReaderProtocol.connection_made.<locals>.callback', ['streams.py', [0, 0, 0, 0, 248, 248, 242]]],
]);

/** " at FILE:LINE" for a native callback that CPython writes as a Python function, else "". */
export function nativeCallbackSourceSuffix(pyName: string | undefined): string {
	const source = pyName === undefined ? undefined : NATIVE_CALLBACK_SOURCES.get(pyName);
	const line = source?.[1][rt.minor - 7];
	return source === undefined || !line ? '' : ` at /usr/lib/python3.${rt.minor}/asyncio/${source[0]}:${line}`;
}

/** format_helpers._format_callback_source. */
export function formatCallbackSource(fn: PyValue, args: PyValue[], showArgs = true): string {
	const s = formatCallback(fn, args, showArgs);
	const src = functionSource(fn);
	return src ? `${s} at ${src[0]}:${src[1]}` : s;
}

// ---------------------------------------------------------------------------------------------
// Synthetic traceback entries for asyncio's own Python frames (CPython prints them; we have
// no such frames, so we prepend the same text when an exception leaves asyncio.run etc.).

export interface SyntheticFrame {
	file: string;
	line: number;
	name: string;
	text: string;
	/** Caret span (0-based columns in the stripped text) for 3.11+, or null for none. */
	carets: [number, number] | null;
	/** Values the CPython frame holds in its variables (kept alive by the traceback). */
	holds?: PyValue[];
}

const sourceCache = new Map<string, string>();

/** Builds a traceback entry that formats exactly like CPython's frame in the stdlib. */
export function syntheticEntry(f: SyntheticFrame, next: TracebackEntry | null): TracebackEntry {
	const key = `${f.line}\u0000${f.text}`;
	let src = sourceCache.get(key);
	const indent = '    ';
	if (src === undefined) {
		src = '\n'.repeat(f.line - 1) + indent + f.text + '\n';
		sourceCache.set(key, src);
	}
	const base = f.line - 1 + indent.length;
	return {
		// A bare name is a file of asyncio; a path is relative to the standard library.
		filename: `/usr/lib/python3.${rt.minor}/${f.file.includes('/') ? f.file : `asyncio/${f.file}`}`,
		name: f.name,
		line: f.line,
		start: f.carets ? base + f.carets[0] : -1,
		end: f.carets ? base + Math.min(f.carets[1], f.text.length) : -1,
		source: src,
		holds: f.holds,
		next,
	};
}

/** Prepends synthetic frames (outermost first) to an exception's traceback. */
export function prependFrames(exc: PyException, frames: SyntheticFrame[]): void {
	let tb = exc.traceback;
	for (let i = frames.length - 1; i >= 0; i--) tb = syntheticEntry(frames[i], tb);
	exc.traceback = tb;
}

export function isPyException(v: unknown): v is PyException {
	return v instanceof PyException;
}

export { typeOf };

/** A frame of CPython's asyncio/*.py for the emulated version (line per minor 7..13). */
export function asyncioFrame(file: string, lines: number[], name: string, text: string, carets: [number, number] | null, caretsFrom = 11): SyntheticFrame {
	return { file, line: lines[rt.minor - 7] ?? lines[lines.length - 1], name, text, carets: rt.minor >= caretsFrom ? carets : null };
}

/** The frame `f` holding `values` in its variables (an argument of the stdlib function, say). */
export function holding(f: SyntheticFrame, ...values: PyValue[]): SyntheticFrame {
	return { ...f, holds: values };
}

/** Sets an exception's traceback to exactly these synthetic frames (a fresh raise inside asyncio). */
export function raisedAt(exc: PyException, frames: SyntheticFrame[]): PyException {
	exc.traceback = null;
	prependFrames(exc, frames);
	raisedFresh(exc);
	return exc;
}

// ---------------------------------------------------------------------------------------------
// Version-gated attributes of the native types: the types are shared by every run, so a name
// that exists only in some versions is put into (or taken out of) the type's namespace when a
// run imports asyncio (applyVersionGates), and `hasattr`/AttributeError match that version.

interface Gate {
	t: PyType;
	name: string;
	value: PyValue;
	/** First and last minor version that have the attribute (inclusive). */
	from: number;
	to: number;
}

const gates: Gate[] = [];

/** Makes `t.name` (already installed) exist only on 3.`from`..3.`to`. */
export function gateAttr(t: PyType, name: string, from: number, to = 99): void {
	const value = t.ns.get(name);
	if (value === undefined) throw new Error(`gateAttr: ${t.name}.${name} is not installed`);
	gates.push({ t, name, value, from, to });
}

/** Installs/removes the gated attributes for the running version (asyncio's module init). */
export function applyVersionGates(): void {
	for (const g of gates) {
		if (rt.minor >= g.from && rt.minor <= g.to) g.t.ns.set(g.name, g.value);
		else g.t.ns.delete(g.name);
	}
	bumpTypeEpoch();
}

/** Argument Clinic binding of a C method of _asyncio (Future/Task), with its messages. */
export function clinicArgs(spec: ArgSpec, args: PyValue[], kwargs: Kwargs | null, offset = 1): (PyValue | undefined)[] {
	const n = args.length - offset;
	const nkw = kwargs ? kwargs.size : 0;
	if (spec.params.length === 0) {
		// METH_NOARGS
		if (nkw) throw typeError(`${spec.name}() takes no keyword arguments`);
		if (n) throw typeError(`${spec.name}() takes no arguments (${n} given)`);
		return [];
	}
	const max = spec.params.length;
	if (spec.kwOnlyFrom === undefined && n + nkw > max) {
		throw typeError(`${spec.name}() takes at most ${max} ${n === 0 ? 'keyword ' : ''}argument${max === 1 ? '' : 's'} (${n + nkw} given)`);
	}
	return bindArgs(spec, args, kwargs, offset);
}

// ---------------------------------------------------------------------------------------------
// Debug mode's source tracebacks as the traceback module's objects.

/** A StackSummary of FrameSummary objects for these entries (_source_traceback). */
export function stackSummary(entries: StackEntry[]): PyValue {
	const mod = loadModule('traceback');
	return call(getAttr(getAttr(mod, 'StackSummary'), 'from_list'), [new PyList(entries.map(stackTuple))]);
}

/** traceback.format_list(value) joined (what default_exception_handler prints). */
export function formatStackList(value: PyValue): string {
	const mod = loadModule('traceback');
	const items = call(getAttr(mod, 'format_list'), [value]);
	return items instanceof PyList ? items.items.map((x) => str(x)).join('') : '';
}
