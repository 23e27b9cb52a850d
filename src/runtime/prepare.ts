/*
 * prepare.ts
 * prepare(source): loads the standard-library modules a program imports before it runs. In the
 * browser the standard library is split into chunks fetched on demand (modules/stdlibLazy.ts)
 * while run() is synchronous, so a driver awaits prepare(source) first; in Node every module
 * is registered when the runtime loads and prepare resolves at once.
 */

import { preloadModules } from './modules/registry';
import { scanImports } from './modules/importScan';

/** Loads the modules `source` imports (and theirs). Never rejects: a failed fetch surfaces as ModuleNotFoundError in run(). */
export function prepare(source: string): Promise<void> {
	return preloadModules(scanImports(source));
}
