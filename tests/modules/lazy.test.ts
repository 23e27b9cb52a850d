/*
 * lazy.test.ts
 * Loading the standard library on demand: the import scan, preloadModules (chunks loaded by
 * the program's imports and, transitively, by the Python source of the modules it imports),
 * the error for a module the scan could not see, and that the browser's lazy list
 * (stdlibLazy.ts) names exactly the modules Node registers eagerly (stdlib.ts).
 */

import { describe, expect, it } from 'vitest';
import { run, prepare } from '../../src/runtime/index';
import { scanImports } from '../../src/runtime/modules/importScan';
import {
	registeredModuleNames,
	registerLazyModules,
	registerPythonModule,
	pendingLazyModules,
} from '../../src/runtime/modules/registry';
import { LAZY_STDLIB } from '../../src/runtime/modules/stdlibLazy';

describe('scanImports', () => {
	it('finds import statements in their forms', () => {
		const src = [
			'import asyncio',
			'import json as j, collections.abc',
			'from dataclasses import dataclass, field',
			'from collections import (',
			'    abc,  # a submodule',
			'    deque,',
			')',
			'if x: import re; import string',
			'import a, \\',
			'    b',
			'from . import sibling',
			'from .pkg import thing',
			'from __future__ import annotations',
		].join('\n');
		expect(scanImports(src)).toEqual(
			expect.arrayContaining([
				'asyncio',
				'json',
				'collections.abc',
				'dataclasses',
				'dataclasses.dataclass',
				'collections',
				'collections.abc',
				'collections.deque',
				're',
				'string',
				'a',
				'b',
				'__future__',
			])
		);
		expect(scanImports(src)).not.toContain('sibling');
		expect(scanImports(src)).not.toContain('deque');
	});

	it('finds __import__/import_module with a literal, and imports inside strings given to exec', () => {
		expect(
			scanImports('m = __import__("json")\nn = importlib.import_module(\'pprint\')\n')
		).toEqual(['json', 'pprint']);
		expect(scanImports('exec("import heapq")\n')).toEqual(['heapq']);
		expect(scanImports('print(f"{__import__(\'math\').pi}")\n')).toContain('math');
	});

	it('ignores names that only look like imports', () => {
		expect(scanImports('reimport = 1\nimported = from_ = 2\nx.import_thing()\n')).toEqual([]);
	});
});

describe('lazy modules', () => {
	it('stdlibLazy.ts lists every module stdlib.ts registers, and no other', () => {
		const core = ['_pyco_anext', 'builtins', 'sys'];
		const lazy = LAZY_STDLIB.flatMap(([names]) => names);
		expect(new Set(lazy).size).toBe(lazy.length);
		expect([...core, ...lazy].sort()).toEqual(registeredModuleNames());
		// In Node everything is registered eagerly: nothing waits for a chunk.
		expect(pendingLazyModules()).toEqual([]);
	});

	it('prepare() loads what a program imports, and what those modules import in Python', async () => {
		const loaded: string[] = [];
		// Chunks arrive asynchronously, like a dynamic import().
		const chunk = (name: string, source: string) => () =>
			Promise.resolve().then(() => {
				loaded.push(name);
				registerPythonModule(name, source);
			});
		registerLazyModules(['lazy_t_a'], chunk('lazy_t_a', 'import lazy_t_b\nX = lazy_t_b.Y + 1\n'));
		registerLazyModules(['lazy_t_b'], chunk('lazy_t_b', 'Y = 41\n'));
		registerLazyModules(['lazy_t_unused'], chunk('lazy_t_unused', ''));
		const src = 'import lazy_t_a\nprint(lazy_t_a.X)\n';
		const before = run(src);
		expect(before.error?.type).toBe('ModuleNotFoundError');
		expect(before.error?.message).toBe(
			"No module named 'lazy_t_a' (not loaded: this runtime fetches a standard-library module before the program starts only when an import statement names it)"
		);
		await prepare(src);
		expect(loaded.sort()).toEqual(['lazy_t_a', 'lazy_t_b']);
		expect(run(src).stdout).toBe('42\n');
		await prepare(src);
		expect(loaded.length).toBe(2);
	});

	it('a chunk that fails to load is reported by the import, and retried by the next prepare()', async () => {
		let fail = true;
		registerLazyModules(['lazy_t_net'], () =>
			Promise.resolve().then(() => {
				if (fail) throw new Error('network down');
				registerPythonModule('lazy_t_net', 'OK = True\n');
			})
		);
		const src = 'import lazy_t_net\nprint(lazy_t_net.OK)\n';
		await prepare(src);
		expect(run(src).error?.message).toBe(
			"No module named 'lazy_t_net' (its code could not be fetched: network down)"
		);
		fail = false;
		await prepare(src);
		expect(run(src).stdout).toBe('True\n');
	});
});
