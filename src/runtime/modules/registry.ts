/*
 * registry.ts
 * The import system: native modules register a factory that builds a fresh module object for
 * each run; `import` looks modules up in sys.modules, then the factories. There are no files.
 *
 * Lazy modules: in the browser the standard library is split into chunks fetched on demand
 * (modules/stdlibLazy.ts). Those register only a loader here; `preloadModules` (awaited by
 * the driver before `run`, which stays synchronous) loads the chunks a program needs, found
 * by scanning its source and, transitively, the Python source of the modules it imports
 * (modules/importScan.ts). In Node every module is registered eagerly (modules/stdlib.ts).
 */

import { PyValue, None } from '../objects/object';
import { PyDict, PyTuple } from '../objects/containers';
import { PyModule, PyBuiltin } from '../objects/function';
import { newException, ModuleNotFoundError, ImportError, typeError } from '../objects/exceptions';
import { rt } from '../objects/runtimeState';
import type { NativeFn } from '../objects/object';
import { isTrue } from '../objects/protocol';
import { scanImports } from './importScan';

export type ModuleFactory = (module: PyModule) => void;

const factories = new Map<string, ModuleFactory>();
/** Source of the modules written in Python, scanned for their own imports when preloading. */
const pythonSources = new Map<string, string>();
/** Modules whose code is fetched on demand: the loader of the chunk that registers them. */
const lazyModules = new Map<string, () => Promise<unknown>>();
/** Why loading a lazy module's chunk failed (shown in its ModuleNotFoundError). */
const lazyFailures = new Map<string, string>();
/** Modules CPython has but this runtime does not: a clearer ModuleNotFoundError message. */
const knownMissing = new Set([
	'multiprocessing', 'socket', 'ssl', 'subprocess', 'os', 'pathlib', 'shutil', 'sqlite3',
	'selectors', 'signal', 'tkinter', 'urllib', 'http', 'requests', 'aiohttp', 'numpy', 'pandas',
	'gevent', 'greenlet', 'tornado', 'twisted', 'trio', 'curio', 'io', 'pickle', 'csv', 're', 'string',
	'weakref',
]);

/** Registers a native module (or a dotted submodule); `pythonSource` when it is written in Python. */
export function registerModule(name: string, factory: ModuleFactory, pythonSource?: string): void {
	factories.set(name, factory);
	if (pythonSource !== undefined) pythonSources.set(name, pythonSource);
}

export function hasModule(name: string): boolean {
	return factories.has(name);
}

/** Every module name with a factory (loaded or not), sorted. */
export function registeredModuleNames(): string[] {
	return [...factories.keys()].sort();
}

/**
 * Registers modules whose code is fetched on demand: `load` imports the chunk that registers
 * them (with registerModule). Their native code must import no module outside that chunk:
 * preloading follows only the imports written in Python source.
 */
export function registerLazyModules(names: readonly string[], load: () => Promise<unknown>): void {
	for (const name of names) if (!factories.has(name)) lazyModules.set(name, load);
}

/** Names registered lazily whose chunk is not loaded yet, sorted. */
export function pendingLazyModules(): string[] {
	return [...lazyModules.keys()].filter((n) => !factories.has(n)).sort();
}

/**
 * Loads the chunks of the given modules and of every module their Python source imports.
 * Unknown names are ignored: `import` raises for them as usual.
 * Resolves once all are registered; a chunk that fails to load is remembered for the error.
 */
export async function preloadModules(names: Iterable<string>): Promise<void> {
	const seen = new Set<string>();
	let wave = [...names];
	while (wave.length > 0) {
		const next: string[] = [];
		const loads = new Map<() => Promise<unknown>, string[]>();
		for (const name of wave) {
			// `import a.b.c` loads a, a.b and a.b.c.
			const parts = name.split('.');
			for (let i = 1; i <= parts.length; i++) {
				const full = parts.slice(0, i).join('.');
				if (seen.has(full)) continue;
				seen.add(full);
				const load = lazyModules.get(full);
				if (load && !factories.has(full)) {
					const group = loads.get(load) ?? [];
					group.push(full);
					loads.set(load, group);
				} else {
					next.push(...importsOf(full));
				}
			}
		}
		await Promise.all(
			[...loads].map(async ([load, group]) => {
				try {
					await load();
				} catch (e) {
					for (const n of group) lazyFailures.set(n, e instanceof Error ? e.message : String(e));
					return;
				}
				for (const n of group) {
					lazyFailures.delete(n);
					// Scanned in the next wave, now that the chunk registered it.
					seen.delete(n);
					if (factories.has(n)) next.push(n);
				}
				// The chunk's other modules too: its native code may import them at run time (asyncio
				// imports concurrent.futures for run_coroutine_threadsafe), so their own imports load.
				for (const [n, l] of lazyModules) if (l === load && !group.includes(n) && factories.has(n)) next.push(n);
			}),
		);
		wave = next;
	}
}

const scanned = new Map<string, string[]>();

/** The modules a registered module's Python source imports (none for native modules). */
function importsOf(name: string): string[] {
	let deps = scanned.get(name);
	if (deps === undefined) {
		const src = pythonSources.get(name);
		deps = src === undefined ? [] : scanImports(src);
		scanned.set(name, deps);
	}
	return deps;
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
	const top = name.split('.')[0];
	const failure = lazyFailures.get(name);
	const msg = failure !== undefined
		? `No module named '${name}' (its code could not be fetched: ${failure})`
		: lazyModules.has(name) && !factories.has(name)
			? `No module named '${name}' (not loaded: this runtime fetches a standard-library module before the program starts only when an import statement names it)`
			: knownMissing.has(top)
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
		if (parent) parent.dict.setStr(parts[i], m);
		if (!top) top = m;
		parent = m;
	}
	const hasFromlist = fromlist !== None && fromlist instanceof PyTuple && fromlist.items.length > 0 && isTrue(fromlist);
	if (!hasFromlist) return top!;
	// `from pkg import sub` may name submodules that have factories.
	const leaf = parent!;
	for (const item of (fromlist).items) {
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
	registerModule(
		name,
		(m) => {
			m.dict.setStr('__file__', `<frozen ${name}>`);
			pythonModuleHooks.exec(source, `<frozen ${name}>`, m);
		},
		source,
	);
}
