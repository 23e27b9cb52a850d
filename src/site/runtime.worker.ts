/*
 * runtime.worker.ts
 * Runs Python programs off the main thread with src/runtime, streaming output to the page.
 * A program runs in slices of about SLICE_MS of work (RunHandle.step): after each slice the
 * worker posts the output written so far and goes back to its message queue, where a Stop
 * request ends the run (RunHandle.stop) with a "stopped" result. A program stuck in code that
 * cannot pause is stopped by the page terminating this worker (protocol.ts STOP_GRACE_MS).
 * The runtime compiles hot Python functions to JavaScript (src/runtime/vm/jit.ts); the site's
 * meta-tag CSP (no 'unsafe-eval') covers the document, not this worker's script. If code
 * generation is refused, the runtime interprets everything.
 */

import type { OutputChunk, RunHandle, RunOptions, RunResult } from '../runtime/api';
import {
	OUTPUT_FLUSH_MS,
	SLICE_MS,
	type CrashMessage,
	type DoneMessage,
	type OutputMessage,
	type PageRequest,
	type ReadyMessage,
	type RunRequest,
} from './protocol';

interface RuntimeModule {
	start(source: string, options?: RunOptions): RunHandle;
	/** Fetches the standard-library chunks the program imports (the run itself is synchronous). */
	prepare(source: string): Promise<void>;
}

// The runtime is written alongside the site. The glob resolves to nothing (instead of failing
// the build) while src/runtime/index.ts does not exist; the page then says so honestly.
const found = import.meta.glob<RuntimeModule>('../runtime/index.ts', { eager: true });
const runtime: RuntimeModule | undefined = Object.values(found)[0];

const scope = self as unknown as {
	postMessage(message: ReadyMessage | OutputMessage | DoneMessage | CrashMessage): void;
	onmessage: ((event: MessageEvent<PageRequest>) => void) | null;
};

/** VM instructions per step() call; steps repeat until the slice has used SLICE_MS. */
const STEP_INSTRUCTIONS = 20_000;

interface ActiveRun {
	id: number;
	handle: RunHandle;
	pending: OutputChunk[];
	lastFlush: number;
}

let active: ActiveRun | null = null;

function flush(run: ActiveRun): void {
	if (run.pending.length === 0) return;
	scope.postMessage({ type: 'output', id: run.id, chunks: run.pending });
	run.pending = [];
	run.lastFlush = performance.now();
}

function finish(run: ActiveRun, result: RunResult): void {
	if (active === run) active = null;
	flush(run);
	const { output: _output, ...rest } = result;
	scope.postMessage({ type: 'done', id: run.id, result: rest });
}

function crash(run: ActiveRun, error: unknown): void {
	if (active === run) active = null;
	flush(run);
	const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	scope.postMessage({ type: 'crash', id: run.id, message });
}

// Continue after the message queue had its turn: usually a MessageChannel task (setTimeout(0)
// chains are clamped to 4 ms), but a timer at least every TIMER_YIELD_MS, since some event loops
// (Node's) run a chain of channel messages before any timer.
const TIMER_YIELD_MS = 50;
const channel = typeof MessageChannel !== 'undefined' ? new MessageChannel() : null;
let scheduled: (() => void) | null = null;
let lastTimerYield = 0;
if (channel) {
	channel.port1.onmessage = () => {
		const next = scheduled;
		scheduled = null;
		next?.();
	};
}
function later(fn: () => void): void {
	const now = performance.now();
	if (channel && now - lastTimerYield < TIMER_YIELD_MS) {
		scheduled = fn;
		channel.port2.postMessage(null);
	} else {
		lastTimerYield = now;
		setTimeout(fn, 0);
	}
}

/** One slice: steps until SLICE_MS of work, then flushes and yields to the message queue. */
function slice(run: ActiveRun): void {
	if (active !== run) return; // stopped (or replaced) while waiting for its turn
	const t0 = performance.now();
	try {
		for (;;) {
			const r = run.handle.step(STEP_INSTRUCTIONS);
			if (r !== 'paused') {
				finish(run, r);
				return;
			}
			if (performance.now() - t0 >= SLICE_MS) break;
		}
	} catch (error) {
		crash(run, error);
		return;
	}
	flush(run);
	later(() => slice(run));
}

/** A run whose modules are being fetched (a stop can arrive meanwhile). */
let preparing: { id: number; stopped: boolean } | null = null;

async function startRun(request: RunRequest): Promise<void> {
	if (active !== null) stopRun(active.id);
	if (!runtime) {
		scope.postMessage({ type: 'crash', id: request.id, message: 'runtime missing' });
		return;
	}
	const prep = { id: request.id, stopped: false };
	preparing = prep;
	await runtime.prepare(request.code);
	if (preparing === prep) preparing = null;
	const run: ActiveRun = {
		id: request.id,
		handle: undefined as unknown as RunHandle,
		pending: [],
		lastFlush: performance.now(),
	};
	const options: RunOptions = {
		python: request.python,
		clock: 'virtual',
		maxOutputChars: request.maxOutputChars,
		trace: request.trace,
		onOutput(chunk) {
			// A copy: the runtime appends later writes made at the same virtual time to this very
			// object, which would post their text twice if it were still pending.
			run.pending.push({ ...chunk });
			if (performance.now() - run.lastFlush >= OUTPUT_FLUSH_MS) flush(run);
		},
	};
	if (request.maxInstructions !== undefined) options.maxInstructions = request.maxInstructions;
	try {
		run.handle = runtime.start(request.code, options);
	} catch (error) {
		crash(run, error);
		return;
	}
	if (prep.stopped) {
		finish(run, run.handle.stop());
		return;
	}
	active = run;
	slice(run);
}

function stopRun(id: number): void {
	if (preparing !== null && preparing.id === id) {
		preparing.stopped = true;
		return;
	}
	const run = active;
	if (run === null || run.id !== id) return;
	try {
		finish(run, run.handle.stop());
	} catch (error) {
		crash(run, error);
	}
}

scope.onmessage = (event) => {
	const message = event.data;
	if (message.type === 'run') void startRun(message);
	else if (message.type === 'stop') stopRun(message.id);
};
scope.postMessage({ type: 'ready', available: runtime !== undefined });
