/*
 * api.ts
 * The public types of the runtime: what run() takes and what it returns.
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
}
