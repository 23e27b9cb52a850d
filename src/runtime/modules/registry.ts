/*
 * registry.ts
 * The import system: native modules register a factory that builds a fresh module object for
 * each run; `import` looks modules up in sys.modules, then the factories. There are no files.
 */

import { PyValue, None } from '../objects/object';
import { PyDict, PyTuple } from '../objects/containers';
import { PyModule, PyBuiltin } from '../objects/function';
import { newException, ModuleNotFoundError, ImportError, typeError } from '../objects/exceptions';
import { rt } from '../objects/runtimeState';
import type { NativeFn } from '../objects/object';
import { isTrue } from '../objects/protocol';

export type ModuleFactory = (module: PyModule) => void;

const factories = new Map<string, ModuleFactory>();
/** Modules CPython has but this runtime does not: a clearer ModuleNotFoundError message. */
const knownMissing = new Set([
	'threading', 'multiprocessing', 'socket', 'ssl', 'subprocess', 'os', 'pathlib', 'shutil', 'sqlite3',
	'concurrent', 'selectors', 'signal', 'tkinter', 'urllib', 'http', 'requests', 'aiohttp', 'numpy', 'pandas',
	'gevent', 'greenlet', 'tornado', 'twisted', 'trio', 'curio', 'io', 'queue', 'pickle', 'csv', 're', 'string',
]);

/** Registers a native module (or a dotted submodule). */
export function registerModule(name: string, factory: ModuleFactory): void {
	factories.set(name, factory);
}

export function hasModule(name: string): boolean {
	return factories.has(name);
}

/** Creates an empty module object with its dict. */
export function newModule(name: string, doc: string | null = null): PyModule {
	const m = new PyModule(name);
	m.dict = new PyDict();
	m.dict.setStr('__name__', name);
	m.dict.setStr('__doc__', doc ?? None);
	m.dict.setStr('__package__', name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
	m.dict.setStr('__loader__', None);
	m.dict.setStr('__spec__', None);
	return m;
}

/** Adds a native function to a module. */
export function defFunction(m: PyModule, name: string, fn: NativeFn, doc: string | null = null): PyBuiltin {
	const b = new PyBuiltin(name, fn, undefined, name, m.name, doc);
	m.dict.setStr(name, b);
	return b;
}

/** sys.modules of the current run. */
export function sysModules(): PyDict {
	let d = rt.modules.get('sys.modules') as PyDict | undefined;
	if (!d) {
		d = new PyDict();
		rt.modules.set('sys.modules', d);
	}
	return d;
}

function notFound(name: string): never {
	const top = name.split('.')[0]!;
	const msg = knownMissing.has(top)
		? `No module named '${name}' (this in-browser runtime does not provide it)`
		: `No module named '${name}'`;
	const e = newException(ModuleNotFoundError, msg);
	e.dict = new PyDict();
	e.dict.setStr('name', name);
	throw e;
}

/** Loads one module by its full dotted name (parents must already be loaded). */
export function loadModule(fullName: string): PyModule {
	const mods = sysModules();
	const existing = mods.getStr(fullName);
	if (existing instanceof PyModule) return existing;
	if (existing === None) notFound(fullName);
	const factory = factories.get(fullName);
	if (!factory) notFound(fullName);
	const m = newModule(fullName);
	mods.setStr(fullName, m);
	try {
		factory(m);
	} catch (e) {
		mods.delete(fullName);
		throw e;
	}
	return m;
}

/** The IMPORT_NAME operation (importlib.__import__ semantics without packages on disk). */
export function importModule(name: string, fromlist: PyValue, level: number, globals: PyDict): PyValue {
	if (level > 0) {
		const pkg = globals.getStr('__package__');
		if (typeof pkg !== 'string' || pkg === '') {
			throw newException(ImportError, 'attempted relative import with no known parent package');
		}
		const parts = pkg.split('.');
		if (level - 1 > parts.length - 1) throw newException(ImportError, 'attempted relative import beyond top-level package');
		const base = parts.slice(0, parts.length - (level - 1)).join('.');
		name = name ? `${base}.${name}` : base;
	}
	if (name === '') throw typeError('Empty module name');
	const parts = name.split('.');
	let top: PyModule | null = null;
	let parent: PyModule | null = null;
	for (let i = 0; i < parts.length; i++) {
		const full = parts.slice(0, i + 1).join('.');
		const m = loadModule(full);
		if (parent) parent.dict.setStr(parts[i]!, m);
		if (!top) top = m;
		parent = m;
	}
	const hasFromlist = fromlist !== None && fromlist instanceof PyTuple && fromlist.items.length > 0 && isTrue(fromlist);
	if (!hasFromlist) return top!;
	// `from pkg import sub` may name submodules that have factories.
	const leaf = parent!;
	for (const item of (fromlist as PyTuple).items) {
		if (typeof item !== 'string' || item === '*') continue;
		if (!leaf.dict.hasStr(item) && factories.has(`${name}.${item}`)) {
			leaf.dict.setStr(item, loadModule(`${name}.${item}`));
		}
	}
	return leaf;
}

/** Compiles Python source at import time (set by the entry point to avoid an import cycle). */
export const pythonModuleHooks = {
	exec: null as unknown as (source: string, filename: string, module: PyModule) => void,
};

/**
 * Registers a module written in Python (our own source, shipped as a string): it is compiled
 * and executed in the module's namespace the first time a run imports it.
 */
export function registerPythonModule(name: string, source: string): void {
	registerModule(name, (m) => {
		m.dict.setStr('__file__', `<frozen ${name}>`);
		pythonModuleHooks.exec(source, `<frozen ${name}>`, m);
	});
}
