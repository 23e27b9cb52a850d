/*
 * api.ts
 * The public types of the runtime: what run() and start() take and what they return.
 */

/** Python versions whose semantics the runtime can reproduce. */
export type PythonVersion = '3.7' | '3.8' | '3.9' | '3.10' | '3.11' | '3.12' | '3.13';

export const PYTHON_VERSIONS: readonly PythonVersion[] = ['3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];
export const DEFAULT_PYTHON_VERSION: PythonVersion = '3.13';

export interface RunOptions {
	/** Python semantics to reproduce (sys.version_info, messages, removed APIs). Default "3.13". */
	python?: PythonVersion;
	/** File name shown in tracebacks. Default "<main>". */
	filename?: string;
	/** "virtual" (default): sleeps return at once and advance a simulated clock. "real": really wait. */
	clock?: 'virtual' | 'real';
	/** Stop with an error after this many VM instructions (default: unlimited in Node, set by the page). */
	maxInstructions?: number;
	/** Truncate output beyond this many characters (stdout + stderr together). Default 1,000,000. */
	maxOutputChars?: number;
	/** Record the scheduling trace (asyncio tasks, generator hand-offs). Off by default: zero cost. */
	trace?: boolean;
	/**
	 * Compile hot plain functions to JavaScript (vm/jit.ts). Default true; false runs every
	 * instruction in the interpreter (the output is the same either way). Off while tracing.
	 */
	jit?: boolean;
	/** Called for every chunk as soon as it is written (streaming). */
	onOutput?: (chunk: OutputChunk) => void;
	/** Real date used as the origin of time.time()/datetime.now() (ms since epoch). Default Date.now(). */
	startDate?: number;
}

export interface OutputChunk {
	stream: 'stdout' | 'stderr';
	text: string;
	/** Virtual seconds since the program started when the chunk was written. */
	time: number;
}

export interface ErrorInfo {
	/** Exception type name, e.g. "SyntaxError", "ZeroDivisionError". */
	type: string;
	message: string;
	/** 1-based line of the innermost frame in the main file (or of the syntax error). */
	line: number;
	/** 1-based column, 0 when unknown. */
	column: number;
	endLine?: number;
	endColumn?: number;
	/** The complete text printed on stderr for this error (traceback included). */
	traceback: string;
}

/**
 * What an asyncio task waits for after a step (`wait` of a `step-end` event):
 * - `sleep`: asyncio.sleep(d) (`until`: its deadline); `yield`: sleep(0) or a bare yield (ready again at once)
 * - `task`: another task (`targets`: its id); `gather`: gather's children (`targets`); `wait`:
 *   asyncio.wait / as_completed / cancelling a task; `wait_for`: wait_for's timer (3.7-3.11);
 *   `future`: any other Future (loop.create_future(), shield, a TaskGroup's exit…)
 * - `lock`, `event`, `condition` (also Barrier), `semaphore`; `queue-get`, `queue-put`
 * - `socket-read`, `socket-connect`, `socket-close` (writer.wait_closed), `server` (serve_forever,
 *   Server.wait_closed) of the simulated network (writes never block there)
 * - `executor`: a job of run_in_executor / to_thread
 */
export type TraceWaitKind =
	| 'sleep'
	| 'yield'
	| 'task'
	| 'gather'
	| 'wait'
	| 'wait_for'
	| 'future'
	| 'lock'
	| 'event'
	| 'condition'
	| 'semaphore'
	| 'queue-get'
	| 'queue-put'
	| 'socket-read'
	| 'socket-close'
	| 'socket-connect'
	| 'server'
	| 'executor';

/**
 * One event of the scheduling trace (`run(..., { trace: true })`), stamped with the virtual time.
 * Kinds and their fields:
 * - `task-created` {id, task (name), coro (qualname), parent?: id of the task that created it}
 * - `step-start` {id, task, throw?: exception class thrown in (CancelledError…)}
 * - `step-end` {id, task, wait: TraceWaitKind, label, awaits (= label), until?, targets?}
 * - `task-done` {id, task, exception?: class name when it failed}; `task-cancelled` {id, task}
 * - `callback` {callback}: a Python callback run by the loop (call_soon/call_later/call_at)
 * - `timer-fired` {when, callback}; `clock-jump` {from, to}: the loop idles until the next timer
 * - `blocking-sleep` {duration, inThread?}: time.sleep() (inside a task or the main program;
 *   `inThread: true` when another thread sleeps, such as the worker running an executor job)
 * - `executor-job` {job, callback} when a run_in_executor/to_thread job starts running in its
 *   worker thread, then `executor-done` {job, duration, exception?} when it ends (duration = the
 *   time between the two events; a job queued behind busy workers starts later)
 * - `socket-connect` {host, port}, `socket-data` {host, bytes}, `server-listen` {host, port}
 * - generators, coroutines and async generators driven by hand (not by an asyncio task):
 *   `gen-resume` / `coro-resume` / `agen-resume` {id, name, value, via: "next" | "send" | "throw"},
 *   then `…-yield` {id, name, value}, `…-return` {id, name, value} or `…-raise` {id, name, exception}
 * - `output` {stream, text (its first 40 characters)}: each write to stdout/stderr, placing it among the other events
 * - `trace-cut` {dropped}: last event when the caps (100,000 events, 5,000 hand-offs) left some out
 */
export interface TraceEvent {
	/** Virtual time in seconds. */
	time: number;
	kind: string;
	[key: string]: unknown;
}

export interface RunResult {
	output: OutputChunk[];
	stdout: string;
	stderr: string;
	/** 0 on success, 1 on an uncaught exception, the SystemExit code otherwise. */
	exitCode: number;
	error?: ErrorInfo;
	/** Simulated wall-clock seconds (what CPython would take). */
	wallTime: number;
	/** Real milliseconds the run took. */
	realTime: number;
	instructions: number;
	/** True when output went beyond maxOutputChars and was cut. */
	truncated: boolean;
	trace?: TraceEvent[];
	/** True when the run was ended by RunHandle.stop() (exitCode is then STOPPED_EXIT_CODE). */
	stopped?: boolean;
}

/** The exit status of a run ended by RunHandle.stop() (a shell's status for a program killed by Ctrl-C). */
export const STOPPED_EXIT_CODE = 130;

/**
 * The exit status of a program ended by an uncaught KeyboardInterrupt (CPython 3.8+, which then
 * kills itself with SIGINT: 128 + 2 in a shell, -2 for Python's subprocess). `pyco` ends with
 * SIGINT too.
 */
export const SIGINT_EXIT_CODE = 130;

/**
 * A resumable run, from start(source, options). The program runs only inside step(), in slices,
 * so a driver (the page's worker) can flush output and obey Stop between slices:
 *
 *     const h = start(source, { onOutput });
 *     let r = h.step(50_000);
 *     while (r === 'paused') { flushOutput(); if (stopRequested) { r = h.stop(); break; } r = h.step(50_000); }
 *
 * One run owns the runtime at a time: start() or run() abandon the previous handle.
 */
export interface RunHandle {
	/**
	 * Runs about `maxInstructions` more VM instructions (default: until the end), then pauses at
	 * the next safe point and returns 'paused'; returns the RunResult once the program has ended
	 * (and the same result on every later call). A slice can be longer than asked when the program
	 * is inside code that cannot pause (see docs/runtime.md, "Time slicing"); the hard budget
	 * RunOptions.maxInstructions still ends the run with its error. Never throws for any program;
	 * throws an Error only when the handle was abandoned by a newer run.
	 */
	step(maxInstructions?: number): RunResult | 'paused';
	/**
	 * Ends a paused run now and returns its result (stopped: true). The paused frames are dropped:
	 * like a killed process, no `finally` block or end-of-run report runs. No-op after the end.
	 */
	stop(): RunResult;
	/** True once step() returned a result or stop() was called. */
	readonly finished: boolean;
}
