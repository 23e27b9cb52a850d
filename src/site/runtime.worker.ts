/*
 * runtime.worker.ts
 * Runs Python programs off the main thread with src/runtime, streaming output to the page.
 * Stopping a program means terminating this worker; the page then starts a fresh one.
 * Nothing here evaluates strings as JavaScript (the site's CSP has no 'unsafe-eval').
 */

import type { OutputChunk, RunOptions, RunResult } from '../runtime/api';
import {
	OUTPUT_FLUSH_MS,
	type CrashMessage,
	type DoneMessage,
	type OutputMessage,
	type ReadyMessage,
	type RunRequest,
} from './protocol';

interface RuntimeModule {
	run(source: string, options?: RunOptions): RunResult;
	/** Fetches the standard-library chunks the program imports (run() itself is synchronous). */
	prepare(source: string): Promise<void>;
}

// The runtime is written alongside the site. The glob resolves to nothing (instead of failing
// the build) while src/runtime/index.ts does not exist; the page then says so honestly.
const found = import.meta.glob<RuntimeModule>('../runtime/index.ts', { eager: true });
const runtime: RuntimeModule | undefined = Object.values(found)[0];

const scope = self as unknown as {
	postMessage(message: ReadyMessage | OutputMessage | DoneMessage | CrashMessage): void;
	onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
};

async function runProgram(request: RunRequest): Promise<void> {
	if (!runtime) {
		scope.postMessage({ type: 'crash', id: request.id, message: 'runtime missing' });
		return;
	}
	await runtime.prepare(request.code);
	let pending: OutputChunk[] = [];
	let lastFlush = performance.now();
	const flush = () => {
		if (pending.length === 0) return;
		scope.postMessage({ type: 'output', id: request.id, chunks: pending });
		pending = [];
		lastFlush = performance.now();
	};
	try {
		const options: RunOptions = {
			python: request.python,
			clock: 'virtual',
			maxOutputChars: request.maxOutputChars,
			trace: request.trace,
			onOutput(chunk) {
				pending.push(chunk);
				if (performance.now() - lastFlush >= OUTPUT_FLUSH_MS) flush();
			},
		};
		if (request.maxInstructions !== undefined) options.maxInstructions = request.maxInstructions;
		const result = runtime.run(request.code, options);
		flush();
		const { output: _output, ...rest } = result;
		scope.postMessage({ type: 'done', id: request.id, result: rest });
	} catch (error) {
		flush();
		const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		scope.postMessage({ type: 'crash', id: request.id, message });
	}
}

scope.onmessage = (event) => {
	if (event.data.type === 'run') void runProgram(event.data);
};
scope.postMessage({ type: 'ready', available: runtime !== undefined });
