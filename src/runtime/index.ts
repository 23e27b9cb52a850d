/*
 * index.ts
 * The runtime's public entry point: run(source, options) parses, compiles and executes a
 * program, and returns its output chunks (stamped with virtual time), exit status, error
 * details and timings. Works in Node and in a Web Worker (no DOM, no Node built-ins).
 */

import type { RunOptions, RunResult, OutputChunk, ErrorInfo, RunHandle } from './api';
import { STOPPED_EXIT_CODE, SIGINT_EXIT_CODE } from './api';
import { DEFAULT_PYTHON_VERSION, PYTHON_VERSIONS } from './api';
import { compileSource, columnOf } from './compile';
import { PyValue, None, PyObject } from './objects/object';
import { PyException, SystemExit, SyntaxError, newException, KeyboardInterrupt } from './objects/exceptions';
import { PyDict } from './objects/containers';
import { PyModule } from './objects/function';
import { magicBuiltins } from './vm/magics';
import { rt, resetRuntimeState } from './objects/runtimeState';
import { str as pyStr, repr as pyRepr, isTrue, getAttrOpt } from './objects/protocol';
import { asInt } from './objects/numeric';
import {
	setBuiltins,
	vmHooks,
	counters,
	BudgetExceeded,
	toPyException,
	resetNeverAwaited,
	runCode,
	moduleFrame,
	runResumable,
	runThreadSlice,
	beginSlice,
	exitKind,
	ExitKind,
	pausedFrame,
	setJitActive,
} from './vm/interpreter';
import type { Frame } from './vm/frame';
import type { ResumePoint } from './vm/interpreter';
import { formatException, sysTracebackLimit } from './vm/traceback';
import { CodeFlags } from './compiler/codeObject';
import { resetClock, monotonic, clock } from './vm/clock';
import { finishTrace, resetTrace, traceEvent, traceState } from './vm/trace';
import { importModule, sysModules, loadModule, pythonModuleHooks } from './modules/registry';
import { buildClassBuiltin } from './vm/buildClass';
import { pendingCoroutines, collectedWith, asyncGenHooks } from './vm/generators';
import { resetWarnings } from './vm/warnings';
import { finishRun, startRun } from './bootstrap';
import { beginTurn, dropTurn, endTurn, resetThreads, runOthersFromTop, runningThreadStopped, setMainInPlace } from './vm/threads';

export type { RunOptions, RunResult, OutputChunk, ErrorInfo, PythonVersion, TraceEvent, RunHandle } from './api';
export { PYTHON_VERSIONS, DEFAULT_PYTHON_VERSION, STOPPED_EXIT_CODE, SIGINT_EXIT_CODE } from './api';
export { prepare } from './prepare';

const DEFAULT_MAX_OUTPUT = 1_000_000;

function now(): number {
	return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

pythonModuleHooks.exec = (src, filename, module) => {
	const code = compileSource(src, filename, rt.minor);
	runCode(code, module.dict, module.dict);
};

/** Runs a Python program to the end. Synchronous: output is also streamed through options.onOutput. */
export function run(source: string, options: RunOptions = {}): RunResult {
	const handle = start(source, options);
	for (;;) {
		const r = handle.step(Infinity);
		if (r !== 'paused') return r;
	}
}

/** The run that owns the runtime's global state (one run at a time per JavaScript realm). */
let activeRun: object | null = null;

/**
 * Starts a resumable run: nothing executes until step(). Each step(n) runs about n more VM
 * instructions (more when no safe point comes sooner, see docs/runtime.md "Time slicing") and
 * returns 'paused', or the RunResult once the program ended; stop() ends a paused run. Output
 * goes to options.onOutput as it is written, so a driver can flush it between slices.
 * Starting another run (start() or run()) abandons this one: its step() then throws.
 */
export function start(source: string, options: RunOptions = {}): RunHandle {
	const version = options.python ?? DEFAULT_PYTHON_VERSION;
	if (!PYTHON_VERSIONS.includes(version)) throw new Error(`unsupported Python version ${version}`);
	const minor = Number(version.split('.')[1]);
	const filename = options.filename ?? '<main>';
	const maxOutput = options.maxOutputChars ?? DEFAULT_MAX_OUTPUT;
	const token = {};
	activeRun = token;
	let realStart = 0;
	let activeMs = 0;
	const output: OutputChunk[] = [];
	let outChars = 0;
	let truncated = false;
	let stdout = '';
	let stderr = '';
	let exitCode = 0;
	let error: ErrorInfo | undefined;
	let entry: Frame | null = null;
	let resumeAt: ResumePoint | null = null;
	let result: RunResult | null = null;
	// Snapshots of the global counters, taken at the end of every slice (another run may reset them).
	let instructions = 0;
	let wallTime = 0;

	const write = (stream: 'stdout' | 'stderr', text: string): void => {
		if (text === '' || truncated) return;
		if (outChars + text.length > maxOutput) {
			text = text.slice(0, Math.max(0, maxOutput - outChars));
			truncated = true;
		}
		outChars += text.length;
		const chunk: OutputChunk = { stream, text, time: monotonic() };
		const last = output[output.length - 1];
		// The result merges same-time writes; the chunk handed to onOutput must stay as it is.
		if (last && last.stream === stream && last.time === chunk.time) last.text += text;
		else output.push({ ...chunk });
		if (stream === 'stdout') stdout += text;
		else stderr += text;
		options.onOutput?.(chunk);
		if (traceState.enabled) traceEvent('output', { stream, text: text.slice(0, 40) });
		if (truncated) {
			const notice = `\n[output truncated after ${maxOutput.toLocaleString('en-US')} characters]\n`;
			const n: OutputChunk = { stream: 'stderr', text: notice, time: monotonic() };
			output.push(n);
			stderr += notice;
			options.onOutput?.(n);
		}
	};

	let uncaught: PyException | null = null;
	const fail = (exc: PyException): void => {
		uncaught = exc;
		// PyErr_Display: sys.tracebacklimit keeps the innermost frames.
		const text = formatException(exc, { limit: sysTracebackLimit(), innermost: true });
		rt.write('stderr', text);
		error = errorInfo(exc, text, source, filename);
		exitCode = 1;
	};

	/** The first slice: a fresh runtime, builtins, __main__, the compiled program's frame. */
	const begin = (): Frame => {
		resetRuntimeState(minor);
		resetThreads();
		resetClock(options.clock !== 'real', options.startDate ?? Date.now());
		resetTrace(options.trace === true);
		setJitActive(options.jit !== false && options.trace !== true);
		counters.instructions = 0;
		counters.limit = options.maxInstructions ?? Infinity;
		beginSlice(Infinity);
		pendingCoroutines.clear();
		collectedWith.clear();
		resetWarnings();
		resetNeverAwaited();
		asyncGenHooks.firstiter = null;
		rt.write = write;
		const builtins = startRun();
		builtins.setStr('__build_class__', buildClassBuiltin);
		for (const [k, v] of magicBuiltins()) builtins.setStr(k, v);
		setBuiltins(builtins);
		vmHooks.importModule = importModule;
		const main = new PyModule('__main__');
		const globals = new PyDict();
		main.dict = globals;
		globals.setStr('__name__', '__main__');
		globals.setStr('__doc__', None);
		globals.setStr('__package__', None);
		globals.setStr('__loader__', None);
		globals.setStr('__spec__', None);
		globals.setStr('__annotations__', new PyDict());
		globals.setStr('__builtins__', loadModule('builtins'));
		globals.setStr('__file__', filename);
		rt.mainDict = globals;
		sysModules().setStr('__main__', main);
		loadModule('sys');
		// A file's UTF-8 byte-order mark is not part of the program (CPython reads utf-8-sig).
		if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
		return moduleFrame(compileSource(source, filename, minor), globals);
	};

	const snapshot = (): void => {
		instructions = counters.instructions;
		wallTime = clock.virtual ? clock.now : (now() - realStart) / 1000;
	};

	const finish = (stopped: boolean): RunResult => {
		entry = resumeAt = null;
		// The trace is global state too: only this run's if no other run started since.
		const trace = options.trace && activeRun === token ? finishTrace() : undefined;
		if (activeRun === token) activeRun = null;
		result = {
			output,
			stdout,
			stderr,
			exitCode,
			error,
			wallTime,
			realTime: activeMs,
			instructions,
			truncated,
			trace,
		};
		if (stopped) result.stopped = true;
		return result;
	};

	/** The main thread blocked: other threads run first in the next slice. */
	let othersFirst = false;
	/**
	 * Which of Py_FinalizeEx's steps that run Python code (SHUTDOWN_STEPS) the main thread is
	 * in: -1 while the program itself runs.
	 */
	let shutdownStep = -1;
	/** Has the current shutdown step's frame been set up (it may pause and be resumed)? */
	let shutdownStepBegun = false;
	let mainFailed = false;

	/** Has the main thread's current entry (the program, then threading._shutdown) started? */
	let entryStarted = false;

	/**
	 * Runs the main thread's frames (`entry`) until they end ('done') or the slice ends
	 * ('paused'); while the main thread is blocked, the other threads run.
	 */
	const runMainThread = (): 'paused' | 'done' => {
		for (;;) {
			if (othersFirst) {
				// The main thread is blocked (or gave way): the other threads run first. Its
				// frames may run in place meanwhile (runMainInPlace), which moves its depth.
				const others = runOthersFromTop();
				rt.depth = mainDepth.depth;
				if (others === 'paused') return 'paused';
				othersFirst = false;
				if (endedInPlace !== null) {
					const { error } = endedInPlace;
					endedInPlace = null;
					// What the main thread's frames raised, rethrown as if they had raised here.
					// eslint-disable-next-line @typescript-eslint/only-throw-error
					if (error !== null) throw error;
					return 'done';
				}
			}
			beginTurn();
			try {
				runResumable(entry!, entryStarted ? resumeAt : null);
			} catch (e) {
				dropTurn();
				throw e;
			} finally {
				entryStarted = true;
			}
			const blocked = exitKind() === ExitKind.Pause && runningThreadStopped();
			const preempted = endTurn();
			if (exitKind() !== ExitKind.Pause) return 'done';
			resumeAt = pausedFrame();
			if (blocked || preempted) {
				othersFirst = true;
				mainDepth.depth = rt.depth;
			} else return 'paused';
		}
	};

	/** The main thread's frame depth while its frames are suspended at the top. */
	const mainDepth = { depth: 0 };
	/** The main thread's frames ended while they ran in place: how, for runMainThread. */
	let endedInPlace: { error: unknown } | null = null;
	/**
	 * Continues the main thread's suspended frames from another thread waiting in place inside
	 * a native call (vm/threads.ts waitNested), until they block again or end.
	 */
	const runMainInPlace = (): 'stopped' | 'ended' => {
		beginTurn();
		try {
			runThreadSlice(entry!, resumeAt, mainDepth);
		} catch (e) {
			dropTurn();
			endedInPlace = { error: e };
			return 'ended';
		}
		endTurn();
		if (exitKind() !== ExitKind.Pause) {
			endedInPlace = { error: null };
			return 'ended';
		}
		resumeAt = pausedFrame();
		return 'stopped';
	};
	setMainInPlace(runMainInPlace);

	const step = (maxInstructions: number = Infinity): RunResult | 'paused' => {
		if (result !== null) return result;
		if (activeRun !== token) throw new Error('this run was abandoned: another run started since');
		const t0 = now();
		if (entry === null) realStart = t0;
		let budgetStopped = false;
		const pausedNow = (): 'paused' => {
			snapshot();
			activeMs += now() - t0;
			return 'paused';
		};
		try {
			try {
				if (entry === null) {
					entryStarted = false;
					entry = begin();
				}
				beginSlice(maxInstructions);
				if (shutdownStep < 0 && runMainThread() === 'paused') return pausedNow();
			} catch (e) {
				mainFailed = true;
				if (e instanceof BudgetExceeded) {
					budgetStopped = true;
					const exc = newException(KeyboardInterrupt);
					rt.write('stderr', `\nStopped: the program ran more than ${counters.limit.toLocaleString('en-US')} instructions.\n`);
					fail(exc);
				} else {
					const exc = toPyException(e);
					if (exc.cls.isSubtypeOf(SystemExit)) {
						exitCode = systemExitCode(exc);
					} else {
						fail(exc);
						// CPython 3.8+ ends on an uncaught KeyboardInterrupt by re-raising SIGINT on
						// itself (bpo-1054041): a shell sees 128 + 2; 3.7 exits with 1.
						if (exc.cls.isSubtypeOf(KeyboardInterrupt) && minor >= 8) exitCode = SIGINT_EXIT_CODE;
					}
				}
			}
			// Py_FinalizeEx calls threading._shutdown() when the program imported threading: the
			// atexit calls of concurrent.futures, then the non-daemon threads run to their end
			// (after the main thread's traceback if it failed). Then the atexit module's callbacks.
			// Both run in the main thread.
			while (!budgetStopped && shutdownStep < SHUTDOWN_STEPS.length) {
				if (!shutdownStepBegun) {
					shutdownStep++;
					const next = SHUTDOWN_STEPS[shutdownStep];
					if (next === undefined || sysModules().getStr(next.module) === undefined) continue;
					shutdownStepBegun = true;
					entry = shutdownFrame(next.source, minor);
					entryStarted = false;
					othersFirst = false;
				}
				try {
					if (runMainThread() === 'paused') return pausedNow();
				} catch (e) {
					if (e instanceof BudgetExceeded) {
						budgetStopped = true;
						rt.write('stderr', `\nStopped: the program ran more than ${counters.limit.toLocaleString('en-US')} instructions.\n`);
						if (!mainFailed) fail(newException(KeyboardInterrupt));
					} else {
						const exc = toPyException(e);
						rt.write('stderr', `Exception ignored on ${SHUTDOWN_STEPS[shutdownStep].module} shutdown:\n${formatException(exc)}`);
						if (exitCode === 0) exitCode = 1;
					}
				}
				shutdownStepBegun = false;
			}
			finishRun(uncaught, budgetStopped);
		} catch (e) {
			// Anything escaping here is a runtime bug: report it as Python would report SystemError.
			try {
				const exc = e instanceof PyException ? e : toPyException(e);
				fail(exc);
			} catch {
				write('stderr', `SystemError: internal error in the runtime: ${String(e)}\n`);
				exitCode = 1;
			}
		}
		snapshot();
		activeMs += now() - t0;
		return finish(false);
	};

	const stop = (): RunResult => {
		if (result !== null) return result;
		// Between slices nothing runs: drop the paused frames (no finally blocks run, as when a
		// process is killed) and report what the program did so far.
		exitCode = STOPPED_EXIT_CODE;
		if (entry === null) realStart = now();
		return finish(true);
	};

	return {
		step,
		stop,
		get finished() {
			return result !== null;
		},
	};
}

function systemExitCode(exc: PyException): number {
	const code = exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0] : null;
	if (code === None) return 0;
	if (code !== null) {
		const n = asInt(code);
		if (n !== undefined) return Number(n);
	}
	// A non-integer code is printed to stderr and the status is 1.
	rt.write('stderr', (code === null ? pyRepr(exc) : pyStr(code)) + '\n');
	return 1;
}

function errorInfo(exc: PyException, text: string, source: string, filename: string): ErrorInfo {
	const message = (() => {
		try {
			if (exc.cls.isSubtypeOf(SyntaxError)) {
				const m = getAttrOpt(exc, 'msg');
				if (typeof m === 'string') return m;
			}
			return pyStr(exc);
		} catch {
			return '';
		}
	})();
	let line = 0;
	let column = 0;
	let endLine: number | undefined;
	let endColumn: number | undefined;
	if (exc.cls.isSubtypeOf(SyntaxError)) {
		const num = (name: string): number => {
			const v = getAttrOpt(exc, name);
			return typeof v === 'number' ? v : 0;
		};
		line = num('lineno');
		column = num('offset');
		endLine = num('end_lineno') || undefined;
		endColumn = num('end_offset') || undefined;
	} else {
		// The innermost frame in the main file.
		for (let e = exc.traceback; e !== null; e = e.next) {
			if (e.filename === filename && !e.hidden) {
				line = e.line;
				if (e.start >= 0) {
					const s = columnOf(source, e.start);
					const en = columnOf(source, e.end);
					column = s.column;
					endLine = en.line;
					endColumn = en.column;
				}
			}
		}
	}
	void isTrue;
	return { type: exc.cls.name, message, line, column, endLine, endColumn, traceback: text };
}

export type { PyValue, PyObject };

/**
 * Runs a small program touching the common instructions (calls, loops, generators, classes,
 * exceptions) so the JIT has optimised the interpreter before the reader's first Run.
 * A worker calls it once after loading; it prints nothing.
 */
export function warmUp(): void {
	const program = [
		'class P:',
		'    def __init__(self, v):',
		'        self.v = v',
		'    def __repr__(self):',
		'        return f"P({self.v!r})"',
		'def gen(n):',
		'    for i in range(n):',
		'        x = yield i',
		'def relay(n):',
		'    r = yield from gen(n)',
		'    return r',
		'def fib(n):',
		'    return n if n < 2 else fib(n - 1) + fib(n - 2)',
		'for _ in range(5):',
		'    total = sum(x * 2 for x in relay(20)) + fib(10)',
		'    items = sorted([P(i) for i in range(20)], key=lambda p: -p.v)',
		'    d = {str(i): i for i in range(20)}',
		'    try:',
		'        d["missing"]',
		'    except KeyError as e:',
		'        msg = repr(e)',
	].join('\n');
	run(program, { maxOutputChars: 0 });
}

/**
 * Py_FinalizeEx's steps that run Python code, in its order (wait_for_thread_shutdown, then
 * _PyAtExit_Call), each only when the program imported its module. _run_exitfuncs reports the
 * callbacks' exceptions itself (3.7-3.9 also re-raise the last one, which finalization ignores).
 */
const SHUTDOWN_STEPS: readonly { module: string; source: string }[] = [
	{ module: 'threading', source: 'import threading\nthreading._shutdown()\n' },
	{ module: 'atexit', source: 'import atexit\ntry:\n    atexit._run_exitfuncs()\nexcept BaseException:\n    pass\n' },
];

/** A frame running one shutdown step's code in the main thread. */
function shutdownFrame(source: string, minor: number): Frame {
	const globals = new PyDict();
	globals.setStr('__name__', '__main__');
	globals.setStr('__builtins__', loadModule('builtins'));
	const code = compileSource(source, '<shutdown>', minor);
	// Finalization runs no Python frame of its own: nothing of this one shows in a traceback.
	code.flags |= CodeFlags.HiddenFrame;
	return moduleFrame(code, globals);
}
