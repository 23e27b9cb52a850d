/*
 * protocol.ts
 * Messages between a page's <py-playground> elements and the runtime Web Worker.
 */

import type { OutputChunk, PythonVersion, RunResult } from '../runtime/api';

/** Page → worker: run one program. `id` pairs replies with the request. */
export interface RunRequest {
	type: 'run';
	id: number;
	code: string;
	python: PythonVersion;
	maxOutputChars: number;
	maxInstructions?: number;
	trace: boolean;
}

/**
 * Page → worker: stop run `id`. The worker runs programs in slices (SLICE_MS) and reads its
 * messages between them, so it ends the run at once and answers with a DoneMessage whose result
 * has `stopped: true`. A run stuck in code that cannot pause does not answer: the page terminates
 * the worker after STOP_GRACE_MS.
 */
export interface StopRequest {
	type: 'stop';
	id: number;
}

export type PageRequest = RunRequest | StopRequest;

/** Worker → page: the worker has loaded and can take a request. */
export interface ReadyMessage {
	type: 'ready';
	/** False when the build holds no runtime (src/runtime/index.ts missing at build time). */
	available: boolean;
}

/** Worker → page: output written since the last message (batched, in order). */
export interface OutputMessage {
	type: 'output';
	id: number;
	chunks: OutputChunk[];
}

/** Worker → page: the run finished or was stopped (the chunks already went out as OutputMessages). */
export interface DoneMessage {
	type: 'done';
	id: number;
	result: Omit<RunResult, 'output'>;
}

/** Worker → page: run() itself threw (a runtime bug, or no runtime in this build). */
export interface CrashMessage {
	type: 'crash';
	id: number;
	message: string;
}

export type WorkerReply = ReadyMessage | OutputMessage | DoneMessage | CrashMessage;

/** The subset of Worker the element uses, so unit tests can pass a double. */
export interface WorkerLike {
	postMessage(message: PageRequest): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

/** Output chunks are sent at most this often (ms of real time) while a program runs. */
export const OUTPUT_FLUSH_MS = 16;

/** Real milliseconds of work per slice: the worker then flushes output and reads its messages. */
export const SLICE_MS = 15;

/** How long the page waits for a stopped run's answer before terminating the worker. */
export const STOP_GRACE_MS = 500;

/** Characters of output the page keeps per run. */
export const PAGE_MAX_OUTPUT_CHARS = 100_000;
