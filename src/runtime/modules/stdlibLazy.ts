/*
 * stdlibLazy.ts
 * The browser's standard library (package.json maps `#stdlib` here under the "browser"
 * condition; Node gets modules/stdlib.ts, which registers everything eagerly). Each entry names
 * the modules a file registers and loads the file as its own chunk, on demand: the driver awaits
 * preloadModules() with the program's imports before the synchronous run() (see registry.ts).
 * Keep it in step with stdlib.ts: tests/modules/lazy.test.ts checks both list the same modules.
 */

import { registerLazyModules } from './registry';

/** [modules a file registers, loader of that file's chunk]. */
export const LAZY_STDLIB: [names: string[], load: () => Promise<unknown>][] = [
	[['time'], () => import('./time')],
	[['itertools'], () => import('./itertools')],
	[['math'], () => import('./math')],
	[['operator'], () => import('./operator')],
	[['json', '_json'], () => import('./json')],
	[['bisect'], () => import('./bisect')],
	[['_pyco'], () => import('./internals')],
	[['abc'], () => import('./abc')],
	[
		['collections', 'collections.abc', '_collections', '_collections_abc', 'keyword'],
		() => import('./collections'),
	],
	[['functools'], () => import('./functools')],
	[['contextlib'], () => import('./contextlib')],
	[['heapq'], () => import('./heapq')],
	[['random'], () => import('./random')],
	[
		[
			'asyncio',
			'asyncio.base_events',
			'asyncio.coroutines',
			'asyncio.events',
			'asyncio.exceptions',
			'asyncio.futures',
			'asyncio.locks',
			'asyncio.queues',
			'asyncio.protocols',
			'asyncio.runners',
			'asyncio.streams',
			'asyncio.taskgroups',
			'asyncio.tasks',
			'asyncio.threads',
			'asyncio.timeouts',
			'contextvars',
			// asyncio's executor support, in Python: it imports the thread modules' chunk.
			'_pyco_executor',
			// Names the traceback module, whose StackSummary debug mode makes.
			'_pyco_asyncio_debug',
		],
		() => import('./asyncio/index'),
	],
	[['types', 'inspect'], () => import('./typesInspect')],
	[['warnings'], () => import('./warnings')],
	[['copy', 'gc', 'io', 'string', 'textwrap'], () => import('./smallModules')],
	[['dataclasses', 'reprlib'], () => import('./dataclasses')],
	[['enum'], () => import('./enum')],
	[['typing'], () => import('./typing')],
	[['datetime'], () => import('./datetime')],
	[['socket'], () => import('./socket')],
	[['statistics'], () => import('./statistics')],
	[['re'], () => import('./re')],
	[['fractions'], () => import('./fractions')],
	[['decimal'], () => import('./decimal')],
	[['unicodedata'], () => import('./unicodedata')],
	[['pprint'], () => import('./pprint')],
	[['logging'], () => import('./logging')],
	[['__future__'], () => import('./future')],
	[['atexit'], () => import('./atexit')],
	[['traceback'], () => import('./traceback')],
	[['timeit'], () => import('./timeit')],
	// One loader for the thread modules: asyncio's run_coroutine_threadsafe needs concurrent.futures
	// in any program that has threads.
	[['_thread', 'threading', 'queue', 'concurrent', 'concurrent.futures'], () => import('./concurrentFutures')],
];

for (const [names, load] of LAZY_STDLIB) registerLazyModules(names, load);
