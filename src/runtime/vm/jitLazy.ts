/*
 * jitLazy.ts
 * The browser's '#jit' (package.json "imports"): the code generator is a chunk of its own,
 * fetched by prepare() before the first run, so the runtime's first download stays small.
 * Until it is there, everything runs in the interpreter (the same output, more slowly).
 */

import { installJitCompiler } from './interpreter';

let loading: Promise<void> | null = null;

/** Loads and installs the code generator once. Never rejects: without it, runs are interpreted. */
export function loadJitCompiler(): Promise<void> {
	loading ??= import('./jitCompiler').then(
		(compiler) => installJitCompiler(compiler),
		() => undefined
	);
	return loading;
}
