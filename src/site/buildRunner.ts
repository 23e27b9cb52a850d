/*
 * buildRunner.ts
 * Runs Python blocks at build time with src/runtime (loaded lazily through tsx) and caches the
 * results by (runtime sources, code, version, trace) in node_modules/.cache/pyco-blocks/
 * (PYCO_BLOCK_CACHE_DIR overrides the location, e.g. to measure a cold build).
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// Static on purpose: this module is loaded by Astro's config loader, whose module runner is
// closed by the time blocks are rendered, so a dynamic import() here would fail.
import { tsImport } from 'tsx/esm/api';
import type { ErrorInfo, PythonVersion, RunOptions, RunResult } from '../runtime/api';
import type { RunSummary } from './playgroundMarkup';

// The project root. Not derived from import.meta.url: this module also runs bundled (the
// playground page's component), where that URL points into the build output.
const ROOT = resolve(process.cwd());
const RUNTIME_DIR = join(ROOT, 'src/runtime');
const RUNTIME_INDEX = join(RUNTIME_DIR, 'index.ts');
const CACHE_DIR = resolve(
	ROOT,
	process.env['PYCO_BLOCK_CACHE_DIR'] ?? 'node_modules/.cache/pyco-blocks'
);

/** Instruction budget per block at build time, so a runaway example fails instead of hanging. */
const BUILD_MAX_INSTRUCTIONS = 50_000_000;

interface RuntimeModule {
	run(source: string, options?: RunOptions): RunResult;
}

export interface BuildRun {
	summary: RunSummary;
	error?: ErrorInfo | undefined;
	stderr: string;
}

let runtimePromise: Promise<RuntimeModule | null> | undefined;
let fingerprint: string | undefined;
let warned = false;

function warnOnce(message: string): void {
	if (warned) return;
	warned = true;
	console.warn(`[pyco] ${message}`);
}

function hashDir(dir: string, hash: ReturnType<typeof createHash>): void {
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) hashDir(path, hash);
		else if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path));
	}
}

/** Hash of every runtime source file: a runtime change invalidates all cached results. */
function runtimeFingerprint(): string {
	if (fingerprint === undefined) {
		const hash = createHash('sha256');
		hashDir(RUNTIME_DIR, hash);
		fingerprint = hash.digest('hex');
	}
	return fingerprint;
}

/** The runtime module, or null when it does not exist yet (or PYCO_SKIP_RUN=1). */
export function loadRuntime(): Promise<RuntimeModule | null> {
	runtimePromise ??= (async () => {
		if (process.env['PYCO_SKIP_RUN'] === '1') {
			warnOnce('PYCO_SKIP_RUN=1: Python blocks are rendered without their output.');
			return null;
		}
		if (!existsSync(RUNTIME_INDEX)) {
			warnOnce(
				'src/runtime/index.ts does not exist yet: Python blocks are rendered without output.'
			);
			return null;
		}
		return (await tsImport(pathToFileURL(RUNTIME_INDEX).href, import.meta.url)) as RuntimeModule;
	})();
	return runtimePromise;
}

/** Run one block (or read it from the cache). Null when there is no runtime. */
export async function runAtBuild(
	code: string,
	version: PythonVersion,
	trace: boolean
): Promise<BuildRun | null> {
	const runtime = await loadRuntime();
	if (!runtime) return null;
	const key = createHash('sha256')
		.update(runtimeFingerprint())
		.update('\0' + version + '\0' + String(trace) + '\0' + code)
		.digest('hex');
	const cacheFile = join(CACHE_DIR, key.slice(0, 32) + '.json');
	if (existsSync(cacheFile)) {
		try {
			return JSON.parse(readFileSync(cacheFile, 'utf8')) as BuildRun;
		} catch {
			// A damaged cache entry: run again.
		}
	}
	const result = runtime.run(code, {
		python: version,
		filename: '<main>',
		clock: 'virtual',
		maxInstructions: BUILD_MAX_INSTRUCTIONS,
		trace,
		// A fixed origin keeps time.time() output (and so the build) reproducible.
		startDate: Date.UTC(2025, 0, 1),
	});
	const run: BuildRun = {
		summary: {
			chunks: result.output,
			wallTime: result.wallTime,
			realTime: result.realTime,
			exitCode: result.exitCode,
			truncated: result.truncated,
			trace: result.trace,
		},
		error: result.error,
		stderr: result.stderr,
	};
	mkdirSync(CACHE_DIR, { recursive: true });
	writeFileSync(cacheFile, JSON.stringify(run));
	return run;
}
