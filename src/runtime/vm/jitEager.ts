/*
 * jitEager.ts
 * Node's '#jit' (package.json "imports"): the code generator is installed when the runtime
 * loads, so run() compiles from the first program on. The browser gets vm/jitLazy.ts.
 */

import { installJitCompiler } from './interpreter';
import * as compiler from './jitCompiler';

installJitCompiler(compiler);

/** Nothing to load: the code generator is already installed. */
export function loadJitCompiler(): Promise<void> {
	return Promise.resolve();
}
