/*
 * prepare.ts
 * prepare(source): loads the standard-library modules a program imports before it runs. In the
 * browser the standard library is split into chunks fetched on demand (modules/stdlibLazy.ts)
 * while run() is synchronous, so a driver awaits prepare(source) first; in Node every module
 * is registered when the runtime loads and prepare resolves at once.
 */

import { preloadModules } from './modules/registry';
import { scanImports } from './modules/importScan';
import { loadJitCompiler } from '#jit';

/**
 * Loads the modules `source` imports (and theirs), and the code generator of compiled functions.
 * Never rejects: a failed fetch surfaces as ModuleNotFoundError in run() (or, for the code
 * generator, as interpreted runs).
 */
export async function prepare(source: string): Promise<void> {
	await Promise.all([preloadModules(scanImports(source)), loadJitCompiler()]);
}
