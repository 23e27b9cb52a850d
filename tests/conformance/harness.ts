/*
 * harness.ts
 * Runs one conformance case on our runtime (src/runtime/index.ts) and normalises its output
 * the same way tools/gen-expected.mjs normalises CPython's.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ConformanceCase, ExpectedOutput } from './corpus.mjs';
import { VIRTUAL_EPOCH_MS, normaliseOutput } from './corpus.mjs';

export const RUNTIME_INDEX = fileURLToPath(new URL('../../src/runtime/index.ts', import.meta.url));

/** Budget per program: conformance programs are small, a runaway loop must not hang CI. */
export const MAX_INSTRUCTIONS = 50_000_000;

type RunFn = (source: string, options?: Record<string, unknown>) => unknown;

export type RuntimeStatus =
	{ status: 'missing' } | { status: 'error'; error: unknown } | { status: 'ok'; run: RunFn };

export async function loadRuntime(): Promise<RuntimeStatus> {
	if (!existsSync(RUNTIME_INDEX)) return { status: 'missing' };
	try {
		const mod = (await import(/* @vite-ignore */ RUNTIME_INDEX)) as { run?: unknown };
		if (typeof mod.run !== 'function')
			return { status: 'error', error: new Error('src/runtime/index.ts exports no run()') };
		return { status: 'ok', run: mod.run as RunFn };
	} catch (error) {
		return { status: 'error', error };
	}
}

/** Runs a case; a JS exception from run() (e.g. "not implemented") becomes a failing result. */
export async function runCase(
	run: RunFn,
	c: ConformanceCase,
	version: string
): Promise<ExpectedOutput> {
	try {
		const r = (await run(c.source, {
			python: version,
			filename: '<main>',
			clock: 'virtual',
			startDate: VIRTUAL_EPOCH_MS,
			maxInstructions: MAX_INSTRUCTIONS,
		})) as { stdout: string; stderr: string; exitCode: number };
		return {
			stdout: normaliseOutput(r.stdout),
			stderr: normaliseOutput(r.stderr),
			exitCode: r.exitCode,
		};
	} catch (e) {
		const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
		return { stdout: '', stderr: `[runtime threw] ${msg}\n`, exitCode: -1 };
	}
}

export function sameOutput(a: ExpectedOutput, b: ExpectedOutput): boolean {
	return a.stdout === b.stdout && a.stderr === b.stderr && a.exitCode === b.exitCode;
}
