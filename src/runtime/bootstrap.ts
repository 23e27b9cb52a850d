/*
 * bootstrap.ts
 * Wires the layers together once per run: the builtin types and functions, the native modules
 * (registered by importing them), and the end-of-run reports (never-awaited coroutines).
 */

import './types/index';
import './modules/sys';
// The standard library: every module eagerly in Node, fetched on demand in the browser.
import '#stdlib';
// The code generator of compiled functions: installed at once in Node, loaded by prepare() in the browser.
import '#jit';
import './vm/genTypes';
import './vm/hooks';
import './vm/tracebackModule';
import { createBuiltinsDict } from './builtins/index';
import { PyDict } from './objects/containers';
import { registerModule, sysModules, newModule } from './modules/registry';
import { rt } from './objects/runtimeState';
import {
	pendingCoroutines,
	reportCollectedWith,
	collectedWith,
	PyCoroutine,
	neverAwaitedText,
} from './vm/generators';
import { heldCoroutines, heldByException } from './vm/interpreter';
import type { PyException, TracebackEntry } from './objects/exceptions';
import { PyModule, PyFunction } from './objects/function';
import { PyGenerator, finalizeDroppedGenerator, finalizeDropped } from './vm/generators';
import { PyDict as PyDictType, PyList, PyTuple } from './objects/containers';
import { PyObject, PyType, type PyValue } from './objects/object';

let builtinsForRun: PyDict | null = null;

registerModule('builtins', (m: PyModule) => {
	for (const [k, v] of builtinsForRun!.entries()) m.dict.set(k, v);
	// The module's dict *is* the builtins namespace, so `builtins.x = ...` is visible everywhere.
	builtinsForRun = m.dict;
});

/** Creates the builtins namespace for a new run. */
export function startRun(): PyDict {
	const dict = createBuiltinsDict();
	builtinsForRun = dict;
	const mod = newModule('builtins');
	mod.dict = dict;
	dict.setStr('__name__', 'builtins');
	sysModules().setStr('builtins', mod);
	rt.modules.set('builtins', mod);
	return dict;
}

/**
 * End-of-run reports CPython would print at interpreter shutdown or garbage collection.
 * `uncaught` is the exception that ended the program (sys.last_value keeps it until shutdown).
 */
export function finishRun(uncaught: PyException | null = null, stopped = false): void {
	if (!stopped) closeSuspendedGenerators(uncaught);
	// Coroutines still referenced when the program ends are collected at interpreter shutdown,
	// where CPython 3.13 reports them as `<sys>:0` (earlier versions: `sys:1`).
	const shown = new Set<string>();
	const where = rt.minor >= 13 ? '<sys>:0' : 'sys:1';
	const report = (c: PyCoroutine, hint: boolean): void => {
		reportCollectedWith(c);
		const text = `${where}: RuntimeWarning: ${neverAwaitedText(c)}\n`;
		// Shown once per message, as the default warning filter does for one location.
		if (shown.has(text)) return;
		shown.add(text);
		rt.write(
			'stderr',
			hint
				? text + 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n'
				: text
		);
	};
	const cyclic: PyCoroutine[] = [];
	for (const c of pendingCoroutines) {
		// Held by an exception a handler kept in a variable (a reference cycle through the
		// traceback's frame): the garbage collector frees it last, while tracemalloc's hint
		// can still be printed.
		if (heldCoroutines.has(c) && (uncaught === null || !heldByException(c, uncaught)))
			cyclic.push(c);
		else report(c, false);
	}
	for (const c of cyclic) report(c, true);
	heldCoroutines.clear();
	pendingCoroutines.clear();
	collectedWith.clear();
}

/**
 * Interpreter shutdown frees what the program still refers to, and each suspended generator
 * (or coroutine) freed is closed (its finally blocks run, _PyGen_Finalize). First the frames the uncaught
 * exception's traceback kept (sys.last_traceback, innermost first), then __main__'s globals in
 * order; generators inside a list (last item first), a dict or an object's __dict__ held by a
 * global go after the generators held directly (3.11: an object's attributes go with it), the
 * order CPython 3.7-3.13 shows. Without reference counts this is an approximation: anything
 * else still suspended stays so, as if held by a reference cycle.
 */
function closeSuspendedGenerators(uncaught: PyException | null): void {
	const close = (v: PyValue | undefined): void => {
		if (v instanceof PyGenerator) finalizeDroppedGenerator(v);
		else if (v instanceof PyCoroutine) finalizeDropped(v);
	};
	if (uncaught !== null) {
		const entries: TracebackEntry[] = [];
		for (let tb = uncaught.traceback; tb !== null; tb = tb.next) entries.push(tb);
		for (let i = entries.length - 1; i >= 0; i--) for (const v of entries[i].holds ?? []) close(v);
	}
	const globals = rt.mainDict;
	if (!(globals instanceof PyDictType)) return;
	const values = globals.valueList();
	const instanceFirst = rt.minor === 11;
	// An instance of a class the program defined: its attributes die with it.
	const attrsOf = (v: PyValue): PyValue[] | null =>
		v instanceof PyObject && !(v instanceof PyType) && !v.cls.isBuiltin && v.dict instanceof PyDictType ? v.dict.valueList() : null;
	for (const v of values) {
		close(v);
		if (instanceFirst) attrsOf(v)?.forEach(close);
	}
	for (const v of values) {
		if (v instanceof PyList || v instanceof PyTuple) {
			const items = v.items;
			for (let i = items.length - 1; i >= 0; i--) close(items[i]);
		} else if (v instanceof PyDictType) v.valueList().forEach(close);
		else if (!instanceFirst) attrsOf(v)?.forEach(close);
	}
	// Functions are in a reference cycle with the globals: the garbage collector frees them
	// (and the generators their closures hold) last.
	for (const v of values) if (v instanceof PyFunction && v.closure !== null) for (const cell of v.closure) close(cell.value);
}
